package io.github.appstream4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FullJitterBackoffTest {
  private final FullJitterBackoff backoff =
      new FullJitterBackoff(Duration.ofMillis(500), Duration.ofSeconds(20), new Random(42));

  @Test
  void capMillis_doublesPerAttempt_untilTheMax() {
    assertThat(backoff.capMillis(1)).isEqualTo(500);
    assertThat(backoff.capMillis(2)).isEqualTo(1_000);
    assertThat(backoff.capMillis(3)).isEqualTo(2_000);
    assertThat(backoff.capMillis(6)).isEqualTo(16_000);
    assertThat(backoff.capMillis(7)).isEqualTo(20_000);
    assertThat(backoff.capMillis(1_000)).isEqualTo(20_000);
  }

  @Test
  void apply_manyDraws_stayWithinZeroAndTheCappedValue() {
    for (int attempt = 1; attempt <= 40; attempt++) {
      long cap = backoff.capMillis(attempt);
      long min = Long.MAX_VALUE;
      long max = 0;
      for (int i = 0; i < 500; i++) {
        long d = backoff.apply(attempt, null);
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
      assertThat(min).isGreaterThanOrEqualTo(0);
      assertThat(max).isLessThanOrEqualTo(cap).isLessThanOrEqualTo(20_000);
      // full jitter: draws cover the range, from near zero to near the cap
      assertThat(min).isLessThan(cap / 10 + 1);
      assertThat(max).isGreaterThan(cap * 9 / 10);
    }
  }

  @Test
  void apply_sameSeed_sameDelays() {
    FullJitterBackoff a = new FullJitterBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8), new Random(7));
    FullJitterBackoff b = new FullJitterBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8), new Random(7));
    for (int attempt = 1; attempt < 10; attempt++) {
      assertThat(a.apply(attempt, null)).isEqualTo(b.apply(attempt, null));
    }
  }

  @Test
  void apply_zeroBackoff_isZero() {
    FullJitterBackoff zero = new FullJitterBackoff(Duration.ZERO, Duration.ZERO, new Random(1));
    assertThat(zero.apply(3, null)).isZero();
  }
}
