package io.github.appstream4j.testing;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the transitions of a {@link FakeAppStream} image builder take, unless a
 * {@link FakeImageBuilderScript} says otherwise: start (PENDING → RUNNING, also after create), stop
 * (STOPPING → STOPPED) and delete (DELETING → gone). Immutable and thread-safe.
 */
public final class FakeDurations {

    private static final FakeDurations REALISTIC =
            new FakeDurations(Duration.ofMinutes(20), Duration.ofMinutes(5), Duration.ofMinutes(2));
    private static final FakeDurations QUICK =
            new FakeDurations(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMillis(500));

    private final Duration start;
    private final Duration stop;
    private final Duration delete;

    private FakeDurations(Duration start, Duration stop, Duration delete) {
        this.start = start;
        this.stop = stop;
        this.delete = delete;
    }

    /**
     * Durations close to the real service: start 20 minutes, stop 5 minutes, delete 2 minutes. The default
     * with {@link VirtualTime}.
     *
     * @return the realistic durations
     */
    public static FakeDurations realistic() {
        return REALISTIC;
    }

    /**
     * Durations for wall-clock use (e.g. the HTTP emulator): start 2 s, stop 1 s, delete 500 ms. The default
     * with a plain clock.
     *
     * @return the quick durations
     */
    public static FakeDurations quick() {
        return QUICK;
    }

    /**
     * Creates durations; zero means the transition completes at once.
     *
     * @param start how long PENDING lasts before RUNNING
     * @param stop how long STOPPING lasts before STOPPED
     * @param delete how long DELETING lasts before the image builder is gone
     * @return the durations
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if any argument is negative
     */
    public static FakeDurations of(Duration start, Duration stop, Duration delete) {
        return new FakeDurations(nonNegative(start, "start"), nonNegative(stop, "stop"), nonNegative(delete, "delete"));
    }

    static Duration nonNegative(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
        return value;
    }

    /**
     * Returns how long a start (or a create) takes to reach RUNNING.
     *
     * @return the start duration
     */
    public Duration start() {
        return start;
    }

    /**
     * Returns how long a stop takes to reach STOPPED.
     *
     * @return the stop duration
     */
    public Duration stop() {
        return stop;
    }

    /**
     * Returns how long a deleted image builder stays in DELETING.
     *
     * @return the delete duration
     */
    public Duration delete() {
        return delete;
    }

    @Override
    public String toString() {
        return "FakeDurations[start=" + start + ", stop=" + stop + ", delete=" + delete + "]";
    }
}
