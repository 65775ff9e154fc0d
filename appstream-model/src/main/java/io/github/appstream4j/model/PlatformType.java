package io.github.appstream4j.model;

import java.util.Map;

/**
 * The operating system platform of an image builder ({@code ImageBuilder.Platform}).
 *
 * <p>Values the service adds after this library was released map to {@link #UNKNOWN}; the model keeps the
 * raw string (see {@link ImageBuilder#platformAsString()}). {@link #toString()} returns the wire value
 * (for {@code UNKNOWN}, the text {@code "UNKNOWN"}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum PlatformType {
  /** The wire value {@code WINDOWS}. */
  WINDOWS,
  /** The wire value {@code WINDOWS_SERVER_2016}. */
  WINDOWS_SERVER_2016,
  /** The wire value {@code WINDOWS_SERVER_2019}. */
  WINDOWS_SERVER_2019,
  /** The wire value {@code WINDOWS_SERVER_2022}. */
  WINDOWS_SERVER_2022,
  /** The wire value {@code WINDOWS_SERVER_2025}. */
  WINDOWS_SERVER_2025,
  /** The wire value {@code AMAZON_LINUX2}. */
  AMAZON_LINUX2,
  /** The wire value {@code RHEL8}. */
  RHEL8,
  /** The wire value {@code ROCKY_LINUX8}. */
  ROCKY_LINUX8,
  /** The wire value {@code UBUNTU_PRO_2404}. */
  UBUNTU_PRO_2404,
  /** A value this version of the library does not know; the raw value is kept by the model. */
  UNKNOWN;

  private static final Map<String, PlatformType> BY_VALUE = WireEnums.index(values(), UNKNOWN);

  /**
   * Returns the constant for a wire value.
   *
   * @param value the wire value; may be {@code null}
   * @return the matching constant, {@link #UNKNOWN} for a value this version does not know, or {@code null}
   *     when {@code value} is {@code null}
   */
  public static PlatformType fromValue(String value) {
    return WireEnums.fromValue(BY_VALUE, value, UNKNOWN);
  }
}
