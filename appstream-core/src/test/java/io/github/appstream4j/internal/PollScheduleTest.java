package io.github.appstream4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.WaitPolicy;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  @Test
  void next_afterCallWithoutJitter_initialDelayThenDoublingToTheCap() {
    WaitPolicy p = WaitPolicy.builder().initialDelay(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(5))
        .maxPollInterval(Duration.ofSeconds(18)).jitter(0).build();
    PollSchedule s = new PollSchedule(p, new Random(1), true);
    assertThat(s.next()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.next()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.next()).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.next()).isEqualTo(Duration.ofSeconds(18));
    assertThat(s.next()).isEqualTo(Duration.ofSeconds(18));
  }

  @Test
  void next_withoutCall_skipsTheInitialDelay() {
    WaitPolicy p = WaitPolicy.builder().initialDelay(Duration.ofSeconds(170)).pollInterval(Duration.ofSeconds(10))
        .maxPollInterval(Duration.ofSeconds(19)).jitter(0).build();
    PollSchedule s = new PollSchedule(p, new Random(1), false);
    assertThat(s.next()).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.next()).isEqualTo(Duration.ofSeconds(19));
  }

  @Test
  void next_hugeIntervals_saturateInsteadOfOverflowing() {
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    WaitPolicy p = WaitPolicy.builder().initialDelay(forever).pollInterval(forever).maxPollInterval(forever)
        .timeout(forever).jitter(0).build();
    PollSchedule s = new PollSchedule(p, new Random(1), true);
    assertThat(s.next()).isEqualTo(Duration.ofMillis(Long.MAX_VALUE));
    assertThat(s.next()).isEqualTo(Duration.ofMillis(Long.MAX_VALUE));
  }

  @Test
  void next_withJitter_onlyShortensAndNeverExceedsTheCap() {
    WaitPolicy p = WaitPolicy.builder().jitter(0.5).build();
    PollSchedule s = new PollSchedule(p, new Random(3), true);
    Duration first = s.next();
    assertThat(first).isBetween(p.initialDelay().dividedBy(2), p.initialDelay());
    for (int i = 0; i < 200; i++) {
      assertThat(s.next()).isLessThanOrEqualTo(p.maxPollInterval()).isPositive();
    }
  }
}
