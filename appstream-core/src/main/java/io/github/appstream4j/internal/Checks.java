package io.github.appstream4j.internal;

import java.time.Duration;

/** Argument checks shared by the public types; each message names the parameter and the bad value. */
public final class Checks {
  private Checks() {
  }

  /** Returns {@code value}, or throws NPE "{@code parameter} must not be null". */
  public static <T> T notNull(T value, String parameter) {
    if (value == null) {
      throw new NullPointerException(parameter + " must not be null");
    }
    return value;
  }

  /** Requires a duration strictly greater than zero. */
  public static Duration positive(Duration value, String parameter) {
    notNull(value, parameter);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(parameter + " must be positive but was " + value);
    }
    return value;
  }

  /** Requires a duration of zero or more. */
  public static Duration notNegative(Duration value, String parameter) {
    notNull(value, parameter);
    if (value.isNegative()) {
      throw new IllegalArgumentException(parameter + " must not be negative but was " + value);
    }
    return value;
  }

  /**
   * {@code value} in milliseconds, or {@code Long.MAX_VALUE} for a duration too long to count in them (a
   * timeout of "forever" must not overflow into an ArithmeticException deep inside a wait).
   */
  public static long saturatedMillis(Duration value) {
    try {
      return value.toMillis();
    } catch (ArithmeticException e) {
      return value.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** Requires {@code min <= value <= max}; also rejects NaN. */
  public static double between(double value, double min, double max, String parameter) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          parameter + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** Requires {@code value >= min}. */
  public static int atLeast(int value, int min, String parameter) {
    if (value < min) {
      throw new IllegalArgumentException(parameter + " must be at least " + min + " but was " + value);
    }
    return value;
  }

  /** Requires {@code later >= earlier}; a contradiction between two settings, so an ISE at build time. */
  public static void notBelow(Duration value, String parameter, Duration floor, String floorParameter) {
    if (value.compareTo(floor) < 0) {
      throw new IllegalStateException(parameter + " must be >= " + floorParameter + " (" + floor
          + ") but was " + value);
    }
  }
}
