package io.github.appstream4j.internal;

/** An API call that failed for good, before it is turned into a public exception with name and last seen. */
final class ApiCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final int attempts;
  private final boolean exhausted;

  ApiCallException(String operation, int attempts, boolean exhausted, Throwable cause) {
    super(operation + " failed after " + attempts + " attempt(s): " + cause, cause);
    this.operation = operation;
    this.attempts = attempts;
    this.exhausted = exhausted;
  }

  String operation() {
    return operation;
  }

  int attempts() {
    return attempts;
  }

  /** True when the error was retryable and the attempts ran out. */
  boolean exhausted() {
    return exhausted;
  }
}
