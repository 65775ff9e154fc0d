package io.github.appstream4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Microsoft Active Directory domain an image builder joins ({@code DomainJoinInfo} in the service).
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
@Value.Immutable
public abstract class DomainJoinInfo {

  DomainJoinInfo() {}

  /**
   * Returns the fully qualified name of the directory, for example {@code corp.example.com}.
   *
   * @return the directory name, or empty when absent
   */
  public abstract Optional<String> directoryName();

  /**
   * Returns the distinguished name of the organizational unit for computer accounts (at most 2000
   * characters in the service).
   *
   * @return the OU distinguished name, or empty when absent
   */
  public abstract Optional<String> organizationalUnitDistinguishedName();

  /**
   * Returns a new, empty builder.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with every member of this value.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link DomainJoinInfo} values; not thread-safe, reusable after {@code build()}. */
  public static final class Builder extends ImmutableDomainJoinInfo.Builder {
    Builder() {}
  }
}
