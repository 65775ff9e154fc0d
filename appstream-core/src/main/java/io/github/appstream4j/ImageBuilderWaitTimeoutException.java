package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;
import java.time.Duration;

/** The builder did not reach the awaited state within the timeout; the operation has stopped polling. */
public class ImageBuilderWaitTimeoutException extends ImageBuilderException {
  private static final long serialVersionUID = 1L;

  /** How long the wait lasted. */
  private final Duration elapsed;
  /** The Describe polls made. */
  private final int polls;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param name the image builder name
   * @param lastSeen the builder as last seen, or null
   * @param elapsed time since the operation began, on the facade's clock
   * @param polls the number of Describe answers the operation received
   */
  public ImageBuilderWaitTimeoutException(
      String message, String name, ImageBuilder lastSeen, Duration elapsed, int polls) {
    super(message, name, lastSeen, null);
    this.elapsed = elapsed;
    this.polls = polls;
  }

  /**
   * Time since the operation began.
   *
   * @return the elapsed time, on the facade's clock
   */
  public Duration elapsed() {
    return elapsed;
  }

  /**
   * The number of Describe answers the operation received.
   *
   * @return the polls, initial Describe included
   */
  public int polls() {
    return polls;
  }
}
