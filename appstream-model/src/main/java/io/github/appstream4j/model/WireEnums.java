package io.github.appstream4j.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Shared plumbing of the forward-compatible enums: wire value lookup and the UNKNOWN guard. */
final class WireEnums {

  private WireEnums() {}

  // Every constant's wire value is its name; UNKNOWN has none, so it is left out of the index.
  static <E extends Enum<E>> Map<String, E> index(E[] constants, E unknown) {
    Map<String, E> byValue = new HashMap<>();
    for (E constant : constants) {
      if (constant != unknown) {
        byValue.put(constant.name(), constant);
      }
    }
    return Collections.unmodifiableMap(byValue);
  }

  static <E> E fromValue(Map<String, E> index, String value, E unknown) {
    return value == null ? null : index.getOrDefault(value, unknown);
  }

  static <E extends Enum<E>> String requireKnown(E value, E unknown, String parameterName) {
    if (value == null) {
      throw new NullPointerException(parameterName + " must not be null");
    }
    if (value == unknown) {
      throw new IllegalArgumentException(parameterName + " must be a known value but was " + value
          + "; set the raw wire string with " + parameterName + "AsString(String) instead");
    }
    return value.name();
  }
}
