package io.github.appstream4j;

import io.github.appstream4j.internal.Checks;
import java.time.Duration;
import java.util.List;

/**
 * One retry of an AppStream API call, as passed to {@link ImageBuilders.Builder#onRetry}: which call
 * failed, for which builders, which attempt, the error, and how long the facade waits before the next
 * attempt. Immutable and thread-safe.
 */
public final class RetryEvent {
  private final String operation;
  private final List<String> names;
  private final int attempt;
  private final Duration delay;
  private final Throwable cause;

  private RetryEvent(String operation, List<String> names, int attempt, Duration delay, Throwable cause) {
    this.operation = operation;
    this.names = names;
    this.attempt = attempt;
    this.delay = delay;
    this.cause = cause;
  }

  /**
   * Creates an event (the facade creates them; public for tests of listeners).
   *
   * @param operation the API operation, e.g. {@code "DescribeImageBuilders"}
   * @param names the builder names of the request; empty for a listing
   * @param attempt the number of the attempt that failed, from 1
   * @param delay the backoff before the next attempt
   * @param cause the error of the failed attempt
   * @return the event
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code attempt < 1}
   */
  public static RetryEvent of(
      String operation, List<String> names, int attempt, Duration delay, Throwable cause) {
    return new RetryEvent(Checks.notNull(operation, "operation"),
        List.copyOf(Checks.notNull(names, "names")), Checks.atLeast(attempt, 1, "attempt"),
        Checks.notNull(delay, "delay"), Checks.notNull(cause, "cause"));
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
   * The image builder names in the failed request.
   *
   * @return unmodifiable, empty for a listing
   */
  public List<String> names() {
    return names;
  }

  /**
   * The number of the failed attempt, from 1.
   *
   * @return the attempt number
   */
  public int attempt() {
    return attempt;
  }

  /**
   * The backoff before the next attempt.
   *
   * @return the delay, zero or more
   */
  public Duration delay() {
    return delay;
  }

  /**
   * The error of the failed attempt (an SDK exception).
   *
   * @return the error
   */
  public Throwable cause() {
    return cause;
  }

  @Override
  public String toString() {
    return "RetryEvent{" + operation + " " + names + ", attempt " + attempt + " failed (" + cause
        + "), next in " + delay + "}";
  }
}
