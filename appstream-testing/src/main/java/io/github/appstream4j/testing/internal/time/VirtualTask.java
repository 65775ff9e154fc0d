package io.github.appstream4j.testing.internal.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A task of a {@link TimeEngine}, ordered by virtual due time and then by submission order. */
final class VirtualTask<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualTask.class);

    private final TimeEngine engine;
    /** Zero for one-shot tasks, positive for fixed rate, negative for fixed delay. */
    private final long periodNanos;
    /** Fire-and-forget tasks (execute) have no one to read their failure, so it is logged. */
    private final boolean logFailure;
    private Instant due;
    private long sequence;

    VirtualTask(TimeEngine engine, Callable<V> callable, Instant due, long periodNanos, boolean logFailure) {
        super(callable);
        this.engine = engine;
        this.due = due;
        this.periodNanos = periodNanos;
        this.logFailure = logFailure;
    }

    VirtualTask(TimeEngine engine, Runnable runnable, Instant due, long periodNanos, boolean logFailure) {
        super(runnable, null);
        this.engine = engine;
        this.due = due;
        this.periodNanos = periodNanos;
        this.logFailure = logFailure;
    }

    Instant due() {
        return due;
    }

    void sequence(long sequence) {
        this.sequence = sequence;
    }

    /** Computes the next due time after a run that ended at {@code now}; guarded by the engine lock. */
    void advanceDue(Instant now) {
        due = periodNanos > 0 ? due.plusNanos(periodNanos) : now.plusNanos(-periodNanos);
    }

    @Override
    public boolean isPeriodic() {
        return periodNanos != 0;
    }

    @Override
    public void run() {
        if (isPeriodic()) {
            if (runAndReset()) {
                engine.reschedule(this);
            }
        } else {
            super.run();
        }
    }

    @Override
    protected void setException(Throwable t) {
        if (logFailure) {
            LOG.warn("A task on virtual time failed", t);
        }
        super.setException(t);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            engine.remove(this);
        }
        return cancelled;
    }

    /** Cancels without touching the queue, for callers that already hold the engine lock and edit it. */
    boolean cancelQuietly() {
        return super.cancel(false);
    }

    @Override
    public long getDelay(TimeUnit unit) {
        Duration delay = Duration.between(engine.now(), engine.dueOf(this));
        try {
            return unit.convert(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ArithmeticException overflow) {
            return delay.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    @Override
    public int compareTo(Delayed other) {
        if (other == this) {
            return 0;
        }
        if (other instanceof VirtualTask<?> task) {
            int byDue = due.compareTo(task.due);
            return byDue != 0 ? byDue : Long.compare(sequence, task.sequence);
        }
        return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
