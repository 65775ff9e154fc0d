package io.github.appstream4j.testing.internal.time;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The {@link ScheduledExecutorService} view of a {@link TimeEngine}; delays and periods are virtual. */
public final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final TimeEngine engine;

    public VirtualScheduler(TimeEngine engine) {
        this.engine = engine;
    }

    @Override
    public void execute(Runnable command) {
        engine.schedule(Objects.requireNonNull(command, "command"), 0, 0, true);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        Objects.requireNonNull(task, "task");
        return schedule(() -> {
            task.run();
            return result;
        }, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return engine.schedule(Objects.requireNonNull(command, "command"), unit.toNanos(delay), 0, false);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return engine.schedule(Objects.requireNonNull(callable, "callable"), unit.toNanos(delay));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return engine.schedule(Objects.requireNonNull(command, "command"), unit.toNanos(initialDelay),
                requirePositive(period, unit, "period"), false);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return engine.schedule(Objects.requireNonNull(command, "command"), unit.toNanos(initialDelay),
                -requirePositive(delay, unit, "delay"), false);
    }

    private static long requirePositive(long value, TimeUnit unit, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive but was " + value + " " + unit);
        }
        return unit.toNanos(value);
    }

    @Override
    public void shutdown() {
        engine.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return engine.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return engine.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return engine.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return engine.awaitTermination(timeout, unit);
    }
}
