package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;

/**
 * The thread blocked in a sync wait was interrupted. The interrupt flag is restored before this is thrown
 * and the cause is the {@link InterruptedException}.
 */
public class ImageBuilderInterruptedException extends ImageBuilderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param name the image builder name
   * @param lastSeen the builder as last seen, or null
   * @param cause the underlying error, or null
   */
  public ImageBuilderInterruptedException(
      String message, String name, ImageBuilder lastSeen, Throwable cause) {
    super(message, name, lastSeen, cause);
  }
}
