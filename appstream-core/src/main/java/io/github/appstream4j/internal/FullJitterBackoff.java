package io.github.appstream4j.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.Random;

/**
 * Full-jitter exponential backoff, {@code random(0, min(max, initial * 2^(attempt-1)))} in milliseconds.
 * Resilience4j's own randomized exponential function caps after jitter, which lets the cap be exceeded and
 * keeps the lower bound away from zero; this one caps first.
 */
public final class FullJitterBackoff implements IntervalBiFunction<Object> {
  private final long initialMillis;
  private final long maxMillis;
  private final Random random;

  /** Creates the function; {@code random} is the facade's jitter source. */
  public FullJitterBackoff(Duration initial, Duration max, Random random) {
    this.initialMillis = Checks.saturatedMillis(initial);
    this.maxMillis = Checks.saturatedMillis(max);
    this.random = random;
  }

  /** The cap before jitter for the given failed attempt (from 1). */
  public long capMillis(int attempt) {
    int shift = Math.min(Math.max(attempt - 1, 0), 62);
    long grown = initialMillis > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : initialMillis << shift;
    return Math.min(maxMillis, grown);
  }

  @Override
  public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
    long cap = capMillis(attempt);
    return cap <= 0 ? 0L : random.nextLong(cap + 1);
  }
}
