package io.github.appstream4j;

import io.github.appstream4j.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * How each AppStream API call (Describe, Start, Stop) is retried: at most {@link #maxAttempts()} attempts,
 * separated by full-jitter exponential backoff: before attempt {@code n + 1} the facade waits a random
 * time in {@code [0, min(maxBackoff, initialBackoff * 2^(n-1))]} (the cap applies before the jitter).
 *
 * <p>Retried: throttling ({@code ThrottlingException}, {@code RequestLimitExceededException}, HTTP 429),
 * HTTP 5xx, I/O and timeout failures of the SDK client, and {@code ConcurrentModificationException} — except
 * that a Start/Stop answered with {@code ConcurrentModificationException} or {@code
 * ResourceNotAvailableException} (the state moved) is not sent again as it was: after the backoff the
 * builder is described again and the decision made afresh, within {@code max(maxAttempts, 3)} Start/Stop
 * attempts in all. Never
 * retried: {@code ResourceNotFoundException}, {@code LimitExceededException} (a quota),
 * {@code InvalidParameterCombinationException}, {@code InvalidAccountStatusException},
 * {@code IncompatibleImageException}, {@code OperationNotPermittedException} and validation errors.
 *
 * <p>This is the only retry layer when the facade builds its own SDK client ({@link
 * ImageBuilders#create()}).
 * An {@code AppStreamClient} passed in keeps its own SDK retries, and the two multiply: with these defaults
 * a call may be sent up to 20 times under the SDK's default (legacy) retry mode of 4 attempts, 15 times
 * under its standard mode of 3. Use {@link #none()} to leave retries to the SDK, or turn the SDK's off.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_ATTEMPTS} attempts, initial backoff {@value
 * #DEFAULT_INITIAL_BACKOFF_MILLIS}
 * ms, max backoff {@value #DEFAULT_MAX_BACKOFF_SECONDS} s. Immutable and thread-safe.
 */
public final class RetryPolicy {
  /** Default number of attempts per call, the first one included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  /** Default backoff cap for the first retry, in milliseconds. */
  public static final long DEFAULT_INITIAL_BACKOFF_MILLIS = 500;
  /** Default backoff cap, in seconds. */
  public static final long DEFAULT_MAX_BACKOFF_SECONDS = 20;

  private static final RetryPolicy DEFAULTS = new Builder().build();
  private static final RetryPolicy NONE = new Builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
  }

  /**
   * Returns the default policy.
   *
   * @return {@value #DEFAULT_MAX_ATTEMPTS} attempts, 500 ms initial and 20 s maximum backoff
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that makes exactly one attempt per call.
   *
   * @return the no-retry policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a builder preset with the defaults.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this policy's values.
   *
   * @return a new builder, not thread-safe
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Maximum attempts per API call, the first one included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Upper bound of the first backoff.
   *
   * @return zero or more
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Cap of every backoff, applied before the jitter.
   *
   * @return at least {@link #initialBackoff()}
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy r = (RetryPolicy) o;
    return maxAttempts == r.maxAttempts && initialBackoff.equals(r.initialBackoff)
        && maxBackoff.equals(r.maxBackoff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + "}";
  }

  /**
   * Builder of {@link RetryPolicy}; {@link #build()} copies the values, so a builder can be reused.
   * Not thread-safe.
   */
  public static final class Builder {
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration initialBackoff = Duration.ofMillis(DEFAULT_INITIAL_BACKOFF_MILLIS);
    private Duration maxBackoff = Duration.ofSeconds(DEFAULT_MAX_BACKOFF_SECONDS);

    private Builder() {
    }

    private Builder(RetryPolicy p) {
      maxAttempts = p.maxAttempts;
      initialBackoff = p.initialBackoff;
      maxBackoff = p.maxBackoff;
    }

    /**
     * Sets the maximum attempts per call (default {@value #DEFAULT_MAX_ATTEMPTS}).
     *
     * @param maxAttempts at least 1; 1 means no retry
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAttempts < 1}
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = Checks.atLeast(maxAttempts, 1, "maxAttempts");
      return this;
    }

    /**
     * Sets the upper bound of the first backoff (default 500 ms).
     *
     * @param initialBackoff zero or more (zero retries at once, handy in tests)
     * @return this builder
     * @throws NullPointerException if {@code initialBackoff} is null
     * @throws IllegalArgumentException if it is negative
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Checks.notNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the backoff cap (default {@value #DEFAULT_MAX_BACKOFF_SECONDS} s).
     *
     * @param maxBackoff zero or more, and at least the initial backoff when {@link #build()} runs
     * @return this builder
     * @throws NullPointerException if {@code maxBackoff} is null
     * @throws IllegalArgumentException if it is negative
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Checks.notNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return a new immutable policy
     * @throws IllegalStateException if {@code maxBackoff < initialBackoff}
     */
    public RetryPolicy build() {
      Checks.notBelow(maxBackoff, "maxBackoff", initialBackoff, "initialBackoff");
      return new RetryPolicy(this);
    }
  }
}
