package io.github.appstream4j.model;

import java.util.List;

/**
 * The rule behind the {@code hasX()} flags of list members: a list with elements is present; an empty list is
 * present only when it was set as present, which is how an empty list the service sent survives the model.
 */
final class ListPresence {

  private ListPresence() {}

  static boolean consistent(boolean flag, List<?> list) {
    return flag || list.isEmpty();
  }

  static boolean present(boolean flag, List<?> list) {
    return flag || !list.isEmpty();
  }
}
