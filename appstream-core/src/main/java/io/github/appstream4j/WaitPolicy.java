package io.github.appstream4j;

import io.github.appstream4j.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * How a wait polls {@code DescribeImageBuilders}: an initial delay, then a poll interval that grows
 * exponentially up to a cap, each delay shortened by a random jitter, all within a total timeout.
 *
 * <p>Schedule of one wait: after the operation's own Start/Stop call, the first poll comes {@link
 * #initialDelay()} later; a builder found already on its way (no call needed, or a {@code watch}) may be
 * close to done, so its first poll comes after {@link #pollInterval()}. Each later interval is the
 * previous one times {@link #multiplier()}, capped at {@link #maxPollInterval()}.
 * Every delay {@code d} is replaced by a random value in {@code [d * (1 - jitter), d]}, so the cap is never
 * exceeded and waits started together drift apart. Polls due in the same second share one batched
 * {@code DescribeImageBuilders} call (due times are rounded to the nearest second for that, which may move a
 * poll by up to half a second).
 *
 * <p>The defaults ({@link #defaults()}) suit image builders, which take minutes to start: initial delay
 * {@value #DEFAULT_INITIAL_DELAY_SECONDS} s (no start is that fast, so earlier polls are wasted),
 * poll interval {@value #DEFAULT_POLL_INTERVAL_SECONDS} s growing to
 * {@value #DEFAULT_MAX_POLL_INTERVAL_SECONDS} s, multiplier 2, jitter 0.1, timeout
 * {@value #DEFAULT_TIMEOUT_MINUTES} min, start grace period {@value #DEFAULT_START_GRACE_SECONDS} s. Over
 * starts of 3 to 25 minutes they make about 44% of the Describe calls of Terraform's schedule (100 ms
 * doubling to 10 s) and notice {@code RUNNING} about 9 s after it happens, on average.
 *
 * <p>Immutable and thread-safe.
 */
public final class WaitPolicy {
  /** Default initial delay in seconds. */
  public static final long DEFAULT_INITIAL_DELAY_SECONDS = 170;
  /** Default first poll interval in seconds. */
  public static final long DEFAULT_POLL_INTERVAL_SECONDS = 10;
  /** Default maximum poll interval in seconds. */
  public static final long DEFAULT_MAX_POLL_INTERVAL_SECONDS = 19;
  /** Default total timeout in minutes. */
  public static final long DEFAULT_TIMEOUT_MINUTES = 45;
  /** Default grace period in seconds for a STOPPED (RUNNING) read after a Start (Stop) call. */
  public static final long DEFAULT_START_GRACE_SECONDS = 180;

  private static final WaitPolicy DEFAULTS = new Builder().build();

  private final Duration initialDelay;
  private final Duration pollInterval;
  private final Duration maxPollInterval;
  private final double multiplier;
  private final double jitter;
  private final Duration timeout;
  private final Duration startGracePeriod;

  private WaitPolicy(Builder b) {
    this.initialDelay = b.initialDelay;
    this.pollInterval = b.pollInterval;
    this.maxPollInterval = b.maxPollInterval;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.timeout = b.timeout;
    this.startGracePeriod = b.startGracePeriod;
  }

  /**
   * Returns the default policy (see the class comment for the values).
   *
   * @return the shared default policy, never null
   */
  public static WaitPolicy defaults() {
    return DEFAULTS;
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
   * Delay before the first poll after the operation's own Start/Stop call; zero allowed.
   *
   * @return the initial delay
   */
  public Duration initialDelay() {
    return initialDelay;
  }

  /**
   * Interval after the first poll, before growth.
   *
   * @return the first poll interval, positive
   */
  public Duration pollInterval() {
    return pollInterval;
  }

  /**
   * Cap of the growing poll interval (applied before jitter).
   *
   * @return the maximum poll interval, at least {@link #pollInterval()}
   */
  public Duration maxPollInterval() {
    return maxPollInterval;
  }

  /**
   * Factor by which the poll interval grows after each poll; 1 keeps it constant.
   *
   * @return the multiplier, at least 1
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * Fraction by which each delay may randomly be shortened; 0 disables jitter.
   *
   * @return the jitter, between 0 and 1
   */
  public double jitter() {
    return jitter;
  }

  /**
   * Total time a start, stop or watch may take, measured on the facade's clock from its beginning.
   *
   * @return the timeout, positive
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * How long after a Start call a {@code STOPPED} read (after a Stop call a {@code RUNNING} read; at the
   * beginning of a watch the opposite state) is taken as the service lagging rather than as an
   * {@link UnexpectedImageBuilderStateException}.
   *
   * @return the grace period; zero allowed
   */
  public Duration startGracePeriod() {
    return startGracePeriod;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WaitPolicy)) {
      return false;
    }
    WaitPolicy w = (WaitPolicy) o;
    return initialDelay.equals(w.initialDelay) && pollInterval.equals(w.pollInterval)
        && maxPollInterval.equals(w.maxPollInterval) && Double.compare(multiplier, w.multiplier) == 0
        && Double.compare(jitter, w.jitter) == 0 && timeout.equals(w.timeout)
        && startGracePeriod.equals(w.startGracePeriod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initialDelay, pollInterval, maxPollInterval, multiplier, jitter, timeout,
        startGracePeriod);
  }

  @Override
  public String toString() {
    return "WaitPolicy{initialDelay=" + initialDelay + ", pollInterval=" + pollInterval
        + ", maxPollInterval=" + maxPollInterval + ", multiplier=" + multiplier + ", jitter=" + jitter
        + ", timeout=" + timeout + ", startGracePeriod=" + startGracePeriod + "}";
  }

  /**
   * Builder of {@link WaitPolicy}; each setter validates its argument, {@link #build()} validates the
   * combination. {@code build()} copies the values, so a builder can be reused. Not thread-safe.
   */
  public static final class Builder {
    private Duration initialDelay = Duration.ofSeconds(DEFAULT_INITIAL_DELAY_SECONDS);
    private Duration pollInterval = Duration.ofSeconds(DEFAULT_POLL_INTERVAL_SECONDS);
    private Duration maxPollInterval = Duration.ofSeconds(DEFAULT_MAX_POLL_INTERVAL_SECONDS);
    private double multiplier = 2.0;
    private double jitter = 0.1;
    private Duration timeout = Duration.ofMinutes(DEFAULT_TIMEOUT_MINUTES);
    private Duration startGracePeriod = Duration.ofSeconds(DEFAULT_START_GRACE_SECONDS);

    private Builder() {
    }

    private Builder(WaitPolicy p) {
      initialDelay = p.initialDelay;
      pollInterval = p.pollInterval;
      maxPollInterval = p.maxPollInterval;
      multiplier = p.multiplier;
      jitter = p.jitter;
      timeout = p.timeout;
      startGracePeriod = p.startGracePeriod;
    }

    /**
     * Sets the delay before the first poll after the operation's own Start/Stop call (default {@value
     * #DEFAULT_INITIAL_DELAY_SECONDS} s); a builder found already on its way is first polled after the
     * poll interval.
     *
     * @param initialDelay zero or more
     * @return this builder
     * @throws NullPointerException if {@code initialDelay} is null
     * @throws IllegalArgumentException if it is negative
     */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = Checks.notNegative(initialDelay, "initialDelay");
      return this;
    }

    /**
     * Sets the first poll interval (default {@value #DEFAULT_POLL_INTERVAL_SECONDS} s).
     *
     * @param pollInterval positive
     * @return this builder
     * @throws NullPointerException if {@code pollInterval} is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = Checks.positive(pollInterval, "pollInterval");
      return this;
    }

    /**
     * Sets the cap of the poll interval (default {@value #DEFAULT_MAX_POLL_INTERVAL_SECONDS} s).
     *
     * @param maxPollInterval positive, and at least the poll interval when {@link #build()} runs
     * @return this builder
     * @throws NullPointerException if {@code maxPollInterval} is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public Builder maxPollInterval(Duration maxPollInterval) {
      this.maxPollInterval = Checks.positive(maxPollInterval, "maxPollInterval");
      return this;
    }

    /**
     * Sets the growth factor of the poll interval (default 2).
     *
     * @param multiplier between 1 and 100
     * @return this builder
     * @throws IllegalArgumentException if it is outside 1..100 or NaN
     */
    public Builder multiplier(double multiplier) {
      this.multiplier = Checks.between(multiplier, 1, 100, "multiplier");
      return this;
    }

    /**
     * Sets the jitter fraction (default 0.1).
     *
     * @param jitter between 0 and 1
     * @return this builder
     * @throws IllegalArgumentException if it is outside 0..1 or NaN
     */
    public Builder jitter(double jitter) {
      this.jitter = Checks.between(jitter, 0, 1, "jitter");
      return this;
    }

    /**
     * Sets the total timeout (default {@value #DEFAULT_TIMEOUT_MINUTES} min).
     *
     * @param timeout positive
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Checks.positive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the grace period for a stale read after a Start/Stop call
     * (default {@value #DEFAULT_START_GRACE_SECONDS} s).
     *
     * @param startGracePeriod zero or more
     * @return this builder
     * @throws NullPointerException if {@code startGracePeriod} is null
     * @throws IllegalArgumentException if it is negative
     */
    public Builder startGracePeriod(Duration startGracePeriod) {
      this.startGracePeriod = Checks.notNegative(startGracePeriod, "startGracePeriod");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return a new immutable policy
     * @throws IllegalStateException if {@code maxPollInterval < pollInterval}
     */
    public WaitPolicy build() {
      Checks.notBelow(maxPollInterval, "maxPollInterval", pollInterval, "pollInterval");
      return new WaitPolicy(this);
    }
  }
}
