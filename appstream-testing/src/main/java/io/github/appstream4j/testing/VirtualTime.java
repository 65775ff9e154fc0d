package io.github.appstream4j.testing;

import io.github.appstream4j.testing.internal.time.TimeEngine;
import io.github.appstream4j.testing.internal.time.VirtualClock;
import io.github.appstream4j.testing.internal.time.VirtualScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Virtual time for tests: a {@link Clock} and a {@link ScheduledExecutorService} that share one virtual
 * timeline, so that code which polls every 30 seconds for 20 minutes finishes in milliseconds of wall time.
 *
 * <p>Tasks given to {@link #scheduler()} run one at a time, in order of their virtual due time and, for equal
 * times, in the order they were scheduled. The clock never moves backwards and moves only
 * <ul>
 *   <li>to the due time of the next task when it is run,</li>
 *   <li>by {@link #advance(Duration)}, and</li>
 *   <li>by {@link #sleep(Duration)}.</li>
 * </ul>
 * The same inputs therefore give the same virtual timeline on every run, as long as the work is driven from
 * tasks. In auto mode a thread outside the tasks (the test thread) races the driver: the driver waits a few
 * milliseconds of wall time after such a thread scheduled something before it jumps the clock, so a setup that
 * schedules several tasks in a row sees one "now", but a test thread that acts while tasks are pending may do
 * so at any virtual instant. Put such steps in a task, or use {@link #manual()}, for a fixed timeline.
 *
 * <p>Two modes:
 * <ul>
 *   <li>{@link #create()} is <em>auto-advancing</em>: a daemon driver thread runs due tasks and, whenever no
 *       task is due, jumps the clock to the next one. A test thread blocked in a synchronous wait (for example
 *       {@code awaitRunning()}) is released as soon as the tasks that complete it have run. Tasks run on the
 *       driver thread, so a task must not block waiting for another task.</li>
 *   <li>{@link #manual()}: time moves only when a test calls {@link #advance(Duration)} or
 *       {@link #runUntil(CompletableFuture)}, which run the due tasks on the calling thread.</li>
 * </ul>
 *
 * <p>A task that throws does not stop the timeline: the failure completes its future exceptionally (tasks
 * given to {@code execute} have no future, so their failure is logged at WARN).
 *
 * <p>Thread-safety: all methods may be called from any thread.
 */
public final class VirtualTime implements AutoCloseable {

    /** Where a virtual timeline starts unless told otherwise: 2024-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

    private final TimeEngine engine;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    private VirtualTime(Instant start, boolean auto) {
        this.engine = new TimeEngine(Objects.requireNonNull(start, "start"), auto);
        this.clock = new VirtualClock(engine, ZoneOffset.UTC);
        this.scheduler = new VirtualScheduler(engine);
    }

    /**
     * Creates an auto-advancing virtual time starting at {@link #DEFAULT_START}.
     *
     * @return a new virtual time with its own daemon driver thread; {@link #close()} stops it
     */
    public static VirtualTime create() {
        return new VirtualTime(DEFAULT_START, true);
    }

    /**
     * Creates an auto-advancing virtual time starting at the given instant.
     *
     * @param start the first instant of the timeline
     * @return a new virtual time with its own daemon driver thread; {@link #close()} stops it
     * @throws NullPointerException if {@code start} is null
     */
    public static VirtualTime create(Instant start) {
        return new VirtualTime(start, true);
    }

    /**
     * Creates a manual virtual time starting at {@link #DEFAULT_START}: nothing runs and the clock stands still
     * until {@link #advance(Duration)} or {@link #runUntil(CompletableFuture)} is called.
     *
     * @return a new manual virtual time
     */
    public static VirtualTime manual() {
        return new VirtualTime(DEFAULT_START, false);
    }

    /**
     * Creates a manual virtual time starting at the given instant.
     *
     * @param start the first instant of the timeline
     * @return a new manual virtual time
     * @throws NullPointerException if {@code start} is null
     */
    public static VirtualTime manual(Instant start) {
        return new VirtualTime(start, false);
    }

    /**
     * Returns the clock of this timeline, in zone UTC.
     *
     * @return the virtual clock; the same instance on every call
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the current virtual instant.
     *
     * @return the current virtual instant
     */
    public Instant now() {
        return engine.now();
    }

    /**
     * Returns the scheduler of this timeline. Delays, periods and {@code getDelay} are in virtual time;
     * cancelling a future removes its task. {@code shutdown()} stops accepting tasks and drops periodic ones
     * (one-shot delayed tasks still run, as with {@link java.util.concurrent.ScheduledThreadPoolExecutor});
     * {@code shutdownNow()} drops everything queued; {@code awaitTermination} waits in wall time. Shutting the
     * scheduler down does not close this virtual time.
     *
     * @return the virtual scheduler; the same instance on every call
     */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /**
     * Moves the clock forward. In manual mode the tasks due up to the new instant run on the calling thread, in
     * time order, each at its own due time. In auto mode the clock moves at once and the driver thread runs
     * the tasks that became due.
     *
     * @param duration how far to move; zero is allowed
     * @throws NullPointerException if {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public void advance(Duration duration) {
        engine.advance(requireNonNegative(duration));
    }

    /**
     * Runs tasks, jumping the clock from one to the next, until the future is done, and returns its result.
     * In auto mode the driver thread does the work and this method only waits.
     *
     * @param future the future to wait for
     * @param <T> the result type
     * @return the result of the future
     * @throws NullPointerException if {@code future} is null
     * @throws IllegalStateException in manual mode, if no task is left and the future is still not done; in
     *     auto mode, if called from inside a task (it would wait for itself)
     * @throws java.util.concurrent.CompletionException if the future completed exceptionally
     * @throws java.util.concurrent.CancellationException if the future was cancelled
     */
    public <T> T runUntil(CompletableFuture<T> future) {
        return engine.runUntil(Objects.requireNonNull(future, "future"));
    }

    /**
     * Lets virtual time pass for the caller. Inside a task (and on the driver thread) the clock simply moves
     * forward by the duration, and tasks that became due run after the current one. Outside tasks, in auto
     * mode, the caller waits until the driver reaches the wake-up instant (returning early, with the interrupt
     * flag set, if interrupted); in manual mode this is {@link #advance(Duration)}.
     *
     * @param duration how long to sleep; zero returns at once
     * @throws NullPointerException if {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public void sleep(Duration duration) {
        engine.sleep(requireNonNegative(duration));
    }

    /**
     * Stops the driver thread (auto mode) and cancels every queued task; the scheduler then rejects new
     * tasks. Idempotent.
     */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "VirtualTime[" + (engine.isAuto() ? "auto" : "manual") + ", now=" + now() + "]";
    }

    private static Duration requireNonNegative(Duration duration) {
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative but was " + duration);
        }
        return duration;
    }
}
