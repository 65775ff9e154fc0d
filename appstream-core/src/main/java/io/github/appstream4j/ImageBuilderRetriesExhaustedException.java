package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;

/**
 * An API call kept failing with retryable errors (throttling, 5xx, I/O, timeouts, concurrent modification)
 * until {@link RetryPolicy#maxAttempts()} was reached. The cause is the last attempt's error.
 */
public class ImageBuilderRetriesExhaustedException extends ImageBuilderException {
  private static final long serialVersionUID = 1L;

  /** The API operation that kept failing. */
  private final String operation;
  /** The attempts made. */
  private final int attempts;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param name the image builder name
   * @param lastSeen the builder as last seen, or null
   * @param operation the AppStream operation, e.g. {@code "DescribeImageBuilders"}
   * @param attempts the attempts made
   * @param cause the last attempt's error
   */
  public ImageBuilderRetriesExhaustedException(String message, String name, ImageBuilder lastSeen,
      String operation, int attempts, Throwable cause) {
    super(message, name, lastSeen, cause);
    this.operation = operation;
    this.attempts = attempts;
  }

  /**
   * The AppStream operation that failed.
   *
   * @return e.g. {@code "StartImageBuilder"}
   */
  public String operation() {
    return operation;
  }

  /**
   * The attempts made, the first one included.
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }
}
