package io.github.appstream4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An interface VPC endpoint through which administrators connect to an image builder ({@code AccessEndpoint}
 * in the service).
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
@Value.Immutable
public abstract class AccessEndpoint {

  AccessEndpoint() {}

  /**
   * Returns the endpoint type as sent by the service, including types this library does not know. The
   * service requires it; the model keeps it optional so that any response converts.
   *
   * @return the raw endpoint type, or empty when absent
   */
  public abstract Optional<String> endpointTypeAsString();

  /**
   * Returns the endpoint type as an enum, derived from {@link #endpointTypeAsString()}.
   *
   * @return the endpoint type, {@link AccessEndpointType#UNKNOWN} for a type this version does not know, or
   *     empty when absent
   */
  public Optional<AccessEndpointType> endpointType() {
    return endpointTypeAsString().map(AccessEndpointType::fromValue);
  }

  /**
   * Returns the identifier of the VPC endpoint used.
   *
   * @return the VPC endpoint id, or empty when absent
   */
  public abstract Optional<String> vpceId();

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

  /** Builds {@link AccessEndpoint} values; not thread-safe, reusable after {@code build()}. */
  public static final class Builder extends ImmutableAccessEndpoint.Builder {
    Builder() {}

    /**
     * Sets the endpoint type from a known constant; to set a raw wire value use
     * {@code endpointTypeAsString(String)}.
     *
     * @param endpointType a known endpoint type
     * @return this builder
     * @throws NullPointerException if {@code endpointType} is {@code null}
     * @throws IllegalArgumentException if {@code endpointType} is {@link AccessEndpointType#UNKNOWN}
     */
    public Builder endpointType(AccessEndpointType endpointType) {
      return endpointTypeAsString(
          WireEnums.requireKnown(endpointType, AccessEndpointType.UNKNOWN, "endpointType"));
    }
  }
}
