package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;

/**
 * The image builder moved somewhere the operation did not expect, e.g. {@code STOPPING} while waiting for
 * {@code RUNNING} after a Start call (someone else stopped it), or it stayed {@code STOPPED} after a Start
 * call past {@link WaitPolicy#startGracePeriod()}.
 */
public class UnexpectedImageBuilderStateException extends ImageBuilderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param name the image builder name
   * @param lastSeen the builder as last seen, or null
   * @param cause the underlying error, or null
   */
  public UnexpectedImageBuilderStateException(
      String message, String name, ImageBuilder lastSeen, Throwable cause) {
    super(message, name, lastSeen, cause);
  }
}
