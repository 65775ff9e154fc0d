package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;

/**
 * The image builder is in state {@code FAILED}; the message carries its StateChangeReason and every
 * ImageBuilderError (code and message). Usually it must be deleted and recreated once the cause (role,
 * subnet, image) is fixed.
 */
public class ImageBuilderFailedException extends ImageBuilderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param name the image builder name
   * @param lastSeen the builder as last seen, or null
   * @param cause the underlying error, or null
   */
  public ImageBuilderFailedException(String message, String name, ImageBuilder lastSeen, Throwable cause) {
    super(message, name, lastSeen, cause);
  }
}
