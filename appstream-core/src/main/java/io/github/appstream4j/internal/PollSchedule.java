package io.github.appstream4j.internal;

import io.github.appstream4j.WaitPolicy;
import java.time.Duration;
import java.util.Random;

/** The delays of one wait: initial delay, then a growing interval up to the cap, each shortened by jitter. */
final class PollSchedule {
  private final WaitPolicy policy;
  private final Random random;
  private boolean first = true;
  private double nextMillis;

  PollSchedule(WaitPolicy policy, Random random) {
    this.policy = policy;
    this.random = random;
    this.nextMillis = policy.pollInterval().toMillis();
  }

  Duration next() {
    if (first) {
      first = false;
      return jitter(policy.initialDelay().toMillis());
    }
    double current = nextMillis;
    nextMillis = Math.min(policy.maxPollInterval().toMillis(), current * policy.multiplier());
    return jitter(current);
  }

  // Jitter only shortens, so maxPollInterval stays a true cap.
  private Duration jitter(double millis) {
    double factor = 1 - policy.jitter() * random.nextDouble();
    return Duration.ofMillis(Math.round(millis * factor));
  }
}
