package io.github.appstream4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why the last state change of an image builder occurred ({@code ImageBuilderStateChangeReason} in the
 * service).
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
@Value.Immutable
public abstract class StateChangeReason {

  StateChangeReason() {}

  /**
   * Returns the reason code as sent by the service, including codes this library does not know.
   *
   * @return the raw reason code, or empty when absent
   */
  public abstract Optional<String> codeAsString();

  /**
   * Returns the reason code as an enum, derived from {@link #codeAsString()}.
   *
   * @return the code, {@link StateChangeReasonCode#UNKNOWN} for a code this version does not know, or empty
   *     when absent
   */
  public Optional<StateChangeReasonCode> code() {
    return codeAsString().map(StateChangeReasonCode::fromValue);
  }

  /**
   * Returns the reason message.
   *
   * @return the message, or empty when absent
   */
  public abstract Optional<String> message();

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

  /** Builds {@link StateChangeReason} values; not thread-safe, reusable after {@code build()}. */
  public static final class Builder extends ImmutableStateChangeReason.Builder {
    Builder() {}

    /**
     * Sets the reason code from a known constant; to set a raw wire value use {@code codeAsString(String)}.
     *
     * @param code a known reason code
     * @return this builder
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is {@link StateChangeReasonCode#UNKNOWN}
     */
    public Builder code(StateChangeReasonCode code) {
      return codeAsString(WireEnums.requireKnown(code, StateChangeReasonCode.UNKNOWN, "code"));
    }
  }
}
