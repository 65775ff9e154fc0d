package io.github.appstream4j.model;

import java.util.regex.Pattern;

/**
 * Client-side checks of image builder names against the service's {@code Name} pattern
 * {@code ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}: a letter or digit, then up to 100 letters, digits,
 * {@code _}, {@code .} or {@code -} (1 to 101 characters in all).
 *
 * <p>Stateless and thread-safe.
 */
public final class ImageBuilderNames {

  private static final Pattern PATTERN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$");

  private ImageBuilderNames() {}

  /**
   * Returns the service's pattern for image builder names. Its {@link Pattern#pattern()} is the expression
   * exactly as the service's model states it, and as the service quotes it in validation errors.
   *
   * @return the compiled pattern {@code ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}; immutable and thread-safe
   */
  public static Pattern pattern() {
    return PATTERN;
  }

  /**
   * Tells whether a string is a valid image builder name.
   *
   * @param name the candidate; may be {@code null}
   * @return {@code true} if {@code name} is non-null and matches the service's pattern
   */
  public static boolean isValid(String name) {
    return name != null && PATTERN.matcher(name).matches();
  }

  /**
   * Checks that a value is a valid image builder name, for use at a public API boundary.
   *
   * @param value the candidate name
   * @param parameterName the name of the parameter that carried {@code value}, used in messages
   * @return {@code value}, unchanged
   * @throws NullPointerException if {@code value} is {@code null}, with message
   *     {@code "<parameterName> must not be null"}
   * @throws IllegalArgumentException if {@code value} does not match the pattern, with a message naming the
   *     parameter, the pattern and the value
   */
  public static String requireValid(String value, String parameterName) {
    if (value == null) {
      throw new NullPointerException(parameterName + " must not be null");
    }
    if (!PATTERN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          parameterName + " must match " + PATTERN.pattern() + " but was \"" + value + "\"");
    }
    return value;
  }
}
