package io.github.appstream4j.testing.internal.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock, the task queue and the two ways of driving them: a daemon driver thread (auto mode) or the
 * callers of {@link #advance} and {@link #runUntil} (manual mode).
 *
 * <p>Determinism rests on one rule: tasks run one at a time, in (due time, submission order), and the clock
 * only moves to a task's due time, by {@link #advance}, or by {@link #sleep} inside a task.
 */
public final class TimeEngine {

    private static final Logger LOG = LoggerFactory.getLogger(TimeEngine.class);
    private static final AtomicInteger DRIVERS = new AtomicInteger();
    /**
     * Wall time the driver lets pass after a task was scheduled from outside any task before it jumps the
     * clock: a test thread that schedules several tasks in a row gets them all queued against the same
     * "now" instead of racing the driver. Work scheduled from inside tasks never waits for it.
     */
    private static final long JUMP_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Serialises manual driving so that two advancing threads never run tasks side by side. */
    private final ReentrantLock driving = new ReentrantLock();
    private final PriorityQueue<VirtualTask<?>> queue = new PriorityQueue<>();
    private final ThreadLocal<int[]> taskDepth = ThreadLocal.withInitial(() -> new int[1]);
    private final boolean auto;
    private final Thread driver;
    private Instant now;
    private long sequence;
    private int running;
    private long lastExternalSchedule = System.nanoTime() - JUMP_GRACE_NANOS;
    private boolean shutdown;
    private boolean closed;

    public TimeEngine(Instant start, boolean auto) {
        this.now = start;
        this.auto = auto;
        if (auto) {
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "appstream4j-virtual-time-" + DRIVERS.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            driver = factory.newThread(this::drive);
            driver.start();
        } else {
            driver = null;
        }
    }

    public boolean isAuto() {
        return auto;
    }

    public Instant now() {
        lock.lock();
        try {
            return now;
        } finally {
            lock.unlock();
        }
    }

    Instant dueOf(VirtualTask<?> task) {
        lock.lock();
        try {
            return task.due();
        } finally {
            lock.unlock();
        }
    }

    <V> VirtualTask<V> schedule(Callable<V> callable, long delayNanos) {
        lock.lock();
        try {
            return enqueue(new VirtualTask<>(this, callable, dueAfter(delayNanos), 0, false));
        } finally {
            lock.unlock();
        }
    }

    VirtualTask<Void> schedule(Runnable runnable, long delayNanos, long periodNanos, boolean logFailure) {
        lock.lock();
        try {
            return enqueue(new VirtualTask<>(this, runnable, dueAfter(delayNanos), periodNanos, logFailure));
        } finally {
            lock.unlock();
        }
    }

    private Instant dueAfter(long delayNanos) {
        return now.plusNanos(Math.max(0, delayNanos));
    }

    private <V> VirtualTask<V> enqueue(VirtualTask<V> task) {
        if (shutdown || closed) {
            throw new RejectedExecutionException("the virtual-time scheduler is shut down");
        }
        task.sequence(sequence++);
        queue.add(task);
        if (!inTask()) {
            lastExternalSchedule = System.nanoTime();
        }
        changed.signalAll();
        return task;
    }

    void reschedule(VirtualTask<?> task) {
        lock.lock();
        try {
            if (!shutdown && !closed && !task.isCancelled()) {
                task.advanceDue(now);
                task.sequence(sequence++);
                queue.add(task);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    void remove(VirtualTask<?> task) {
        lock.lock();
        try {
            queue.remove(task);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Auto mode: run what is due; when nothing is due (and, being the only runner, nothing runs), jump. */
    private void drive() {
        while (true) {
            VirtualTask<?> task;
            lock.lock();
            try {
                while (!closed && (queue.isEmpty() || mustNotJumpYet())) {
                    if (queue.isEmpty()) {
                        changed.awaitUninterruptibly();
                    } else {
                        awaitQuietly(JUMP_GRACE_NANOS - (System.nanoTime() - lastExternalSchedule));
                    }
                }
                if (closed) {
                    return;
                }
                task = takeHead();
            } finally {
                lock.unlock();
            }
            runTask(task);
        }
    }

    /** Guarded by the lock; the head exists. */
    private boolean mustNotJumpYet() {
        return queue.peek().due().isAfter(now) && System.nanoTime() - lastExternalSchedule < JUMP_GRACE_NANOS;
    }

    private void awaitQuietly(long nanos) {
        try {
            changed.awaitNanos(nanos);
        } catch (InterruptedException e) {
            // The driver is only interrupted by mistake; the loop re-checks closed and carries on.
            Thread.interrupted();
        }
    }

    /** Removes the head and moves the clock to its due time if that lies ahead; guarded by the lock. */
    private VirtualTask<?> takeHead() {
        VirtualTask<?> task = queue.poll();
        if (task.due().isAfter(now)) {
            now = task.due();
        }
        running++;
        return task;
    }

    private void runTask(VirtualTask<?> task) {
        int[] depth = taskDepth.get();
        depth[0]++;
        try {
            task.run();
        } catch (RuntimeException | Error unexpected) {
            // FutureTask captures task failures; reaching here means a bug, which must not stop the clock.
            LOG.error("A virtual-time task escaped its future", unexpected);
        } finally {
            depth[0]--;
            lock.lock();
            try {
                running--;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    public boolean inTask() {
        return taskDepth.get()[0] > 0;
    }

    public void advance(Duration duration) {
        if (auto) {
            moveClock(duration);
            return;
        }
        driving.lock();
        try {
            Instant target = now().plus(duration);
            while (true) {
                VirtualTask<?> task;
                lock.lock();
                try {
                    VirtualTask<?> head = queue.peek();
                    if (head == null || head.due().isAfter(target)) {
                        if (target.isAfter(now)) {
                            now = target;
                        }
                        changed.signalAll();
                        return;
                    }
                    task = takeHead();
                } finally {
                    lock.unlock();
                }
                runTask(task);
            }
        } finally {
            driving.unlock();
        }
    }

    public <T> T runUntil(CompletableFuture<T> future) {
        if (auto) {
            if (inTask()) {
                throw new IllegalStateException("runUntil called inside a virtual-time task would block the clock");
            }
            return future.join();
        }
        driving.lock();
        try {
            while (!future.isDone()) {
                VirtualTask<?> task;
                lock.lock();
                try {
                    if (queue.isEmpty()) {
                        throw new IllegalStateException(
                                "no scheduled task is left and the future is not done at virtual time " + now);
                    }
                    task = takeHead();
                } finally {
                    lock.unlock();
                }
                runTask(task);
            }
            return future.join();
        } finally {
            driving.unlock();
        }
    }

    public void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        if (inTask() || driving.isHeldByCurrentThread() || Thread.currentThread() == driver) {
            moveClock(duration);
        } else if (auto) {
            VirtualTask<Void> wake = schedule(() -> { }, duration.toNanos(), 0, false);
            try {
                wake.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("virtual sleep failed", e.getCause());
            }
        } else {
            advance(duration);
        }
    }

    private void moveClock(Duration duration) {
        lock.lock();
        try {
            now = now.plus(duration);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void shutdown() {
        lock.lock();
        try {
            shutdown = true;
            queue.removeIf(task -> task.isPeriodic() && task.cancelQuietly());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public List<Runnable> shutdownNow() {
        lock.lock();
        try {
            shutdown = true;
            List<Runnable> pending = new ArrayList<>(queue.size());
            while (!queue.isEmpty()) {
                VirtualTask<?> task = queue.poll();
                task.cancelQuietly();
                pending.add(task);
            }
            changed.signalAll();
            return pending;
        } finally {
            lock.unlock();
        }
    }

    public boolean isShutdown() {
        lock.lock();
        try {
            return shutdown || closed;
        } finally {
            lock.unlock();
        }
    }

    public boolean isTerminated() {
        lock.lock();
        try {
            return (shutdown || closed) && queue.isEmpty() && running == 0;
        } finally {
            lock.unlock();
        }
    }

    /** Waits in wall time: termination is reached by other threads running or cancelling the queue. */
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (!((shutdown || closed) && queue.isEmpty() && running == 0)) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    public void close() {
        shutdownNow();
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
