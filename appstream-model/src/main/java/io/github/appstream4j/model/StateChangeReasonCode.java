package io.github.appstream4j.model;

import java.util.Map;

/**
 * The code of the reason for the last state change of an image builder ({@code
 * ImageBuilderStateChangeReason.Code}).
 *
 * <p>Values the service adds after this library was released map to {@link #UNKNOWN}; the model keeps the
 * raw string (see {@link StateChangeReason#codeAsString()}). {@link #toString()} returns the wire value
 * (for {@code UNKNOWN}, the text {@code "UNKNOWN"}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum StateChangeReasonCode {
  /** The wire value {@code INTERNAL_ERROR}. */
  INTERNAL_ERROR,
  /** The wire value {@code IMAGE_UNAVAILABLE}. */
  IMAGE_UNAVAILABLE,
  /** A value this version of the library does not know; the raw value is kept by the model. */
  UNKNOWN;

  private static final Map<String, StateChangeReasonCode> BY_VALUE = WireEnums.index(values(), UNKNOWN);

  /**
   * Returns the constant for a wire value.
   *
   * @param value the wire value; may be {@code null}
   * @return the matching constant, {@link #UNKNOWN} for a value this version does not know, or {@code null}
   *     when {@code value} is {@code null}
   */
  public static StateChangeReasonCode fromValue(String value) {
    return WireEnums.fromValue(BY_VALUE, value, UNKNOWN);
  }
}
