package io.github.appstream4j.internal;

import io.github.appstream4j.WaitPolicy;
import java.time.Duration;
import java.util.Random;

/**
 * The delays of one wait: the initial delay (only after the operation's own Start/Stop call), then a growing
 * interval up to the cap, each shortened by jitter.
 */
final class PollSchedule {
  private final WaitPolicy policy;
  private final Random random;
  private boolean first;
  private double nextMillis;

  /** {@code afterCall}: the wait follows this operation's own Start/Stop, so the initial delay applies. */
  PollSchedule(WaitPolicy policy, Random random, boolean afterCall) {
    this.policy = policy;
    this.random = random;
    this.first = afterCall;
    this.nextMillis = Checks.saturatedMillis(policy.pollInterval());
  }

  Duration next() {
    if (first) {
      first = false;
      return jitter(Checks.saturatedMillis(policy.initialDelay()));
    }
    double current = nextMillis;
    nextMillis = Math.min(Checks.saturatedMillis(policy.maxPollInterval()), current * policy.multiplier());
    return jitter(current);
  }

  // Jitter only shortens, so maxPollInterval stays a true cap.
  private Duration jitter(double millis) {
    double factor = 1 - policy.jitter() * random.nextDouble();
    return Duration.ofMillis(Math.round(millis * factor));
  }
}
