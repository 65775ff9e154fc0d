package io.github.appstream4j.model;

import java.util.Map;

/**
 * Whether an image builder runs the latest streaming agent ({@code
 * ImageBuilder.LatestAppstreamAgentVersion}); on the wire these are the strings {@code "TRUE"} and {@code
 * "FALSE"}, not booleans.
 *
 * <p>Values the service adds after this library was released map to {@link #UNKNOWN}; the model keeps the
 * raw string (see {@link ImageBuilder#latestAppstreamAgentVersionAsString()}). {@link #toString()} returns
 * the wire value (for {@code UNKNOWN}, the text {@code "UNKNOWN"}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum LatestAppstreamAgentVersion {
  /** The wire value {@code TRUE}. */
  TRUE,
  /** The wire value {@code FALSE}. */
  FALSE,
  /** A value this version of the library does not know; the raw value is kept by the model. */
  UNKNOWN;

  private static final Map<String, LatestAppstreamAgentVersion> BY_VALUE = WireEnums.index(values(), UNKNOWN);

  /**
   * Returns the constant for a wire value.
   *
   * @param value the wire value; may be {@code null}
   * @return the matching constant, {@link #UNKNOWN} for a value this version does not know, or {@code null}
   *     when {@code value} is {@code null}
   */
  public static LatestAppstreamAgentVersion fromValue(String value) {
    return WireEnums.fromValue(BY_VALUE, value, UNKNOWN);
  }
}
