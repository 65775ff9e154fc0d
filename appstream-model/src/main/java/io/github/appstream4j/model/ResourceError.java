package io.github.appstream4j.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An error of an image builder ({@code ResourceError} in the service), listed in
 * {@link ImageBuilder#imageBuilderErrors()}.
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
@Value.Immutable
public abstract class ResourceError {

  ResourceError() {}

  /**
   * Returns the error code as sent by the service, including codes this library does not know.
   *
   * @return the raw error code, or empty when absent
   */
  public abstract Optional<String> errorCodeAsString();

  /**
   * Returns the error code as an enum, derived from {@link #errorCodeAsString()}.
   *
   * @return the error code, {@link FleetErrorCode#UNKNOWN} for a code this version does not know, or empty
   *     when absent
   */
  public Optional<FleetErrorCode> errorCode() {
    return errorCodeAsString().map(FleetErrorCode::fromValue);
  }

  /**
   * Returns the error message.
   *
   * @return the message, or empty when absent
   */
  public abstract Optional<String> errorMessage();

  /**
   * Returns the time the error occurred.
   *
   * @return the timestamp, or empty when absent
   */
  public abstract Optional<Instant> errorTimestamp();

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

  /** Builds {@link ResourceError} values; not thread-safe, reusable after {@code build()}. */
  public static final class Builder extends ImmutableResourceError.Builder {
    Builder() {}

    /**
     * Sets the error code from a known constant; to set a raw wire value use
     * {@code errorCodeAsString(String)}.
     *
     * @param errorCode a known error code
     * @return this builder
     * @throws NullPointerException if {@code errorCode} is {@code null}
     * @throws IllegalArgumentException if {@code errorCode} is {@link FleetErrorCode#UNKNOWN}
     */
    public Builder errorCode(FleetErrorCode errorCode) {
      return errorCodeAsString(WireEnums.requireKnown(errorCode, FleetErrorCode.UNKNOWN, "errorCode"));
    }
  }
}
