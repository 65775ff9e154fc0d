package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;

/**
 * The image builder does not exist ({@code ResourceNotFoundException}), or it is being deleted ({@code
 * DELETING}); {@link #lastSeen()} tells which.
 */
public class ImageBuilderNotFoundException extends ImageBuilderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param name the image builder name
   * @param lastSeen the builder as last seen, or null
   * @param cause the underlying error, or null
   */
  public ImageBuilderNotFoundException(String message, String name, ImageBuilder lastSeen, Throwable cause) {
    super(message, name, lastSeen, cause);
  }
}
