package io.github.appstream4j.testing.junit5;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.StartOperation;
import io.github.appstream4j.StartOptions;
import io.github.appstream4j.StopOperation;
import io.github.appstream4j.Watch;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The injected facade. An operation begins on the caller's thread by arming its policy timeout and then
 * asking for its first poll; if that thread stalls in between (class loading, a busy machine) for longer than
 * the auto-advancing driver's grace, the driver finds only the timeout queued and jumps straight to it, and
 * the operation fails with "never described". So every call that begins an operation runs while a task holds
 * the driver: the hold ends when the call returns or, for the blocking awaits of a watch (which begin and then
 * wait in one call), once the caller has been parked for a few milliseconds.
 */
final class HeldClockImageBuilders implements ImageBuilders {
    /** Checks of a waiting caller, 1 ms apart, before the hold ends; a contended lock is shorter than that. */
    private static final int SETTLED_CHECKS = 3;

    private final ImageBuilders delegate;
    private final ScheduledExecutorService scheduler;
    private final Thread driver;

    private HeldClockImageBuilders(ImageBuilders delegate, ScheduledExecutorService scheduler, Thread driver) {
        this.delegate = delegate;
        this.scheduler = scheduler;
        this.driver = driver;
    }

    static ImageBuilders wrap(ImageBuilders delegate, VirtualTime time) {
        try {
            Thread driver = time.scheduler().submit(Thread::currentThread).get();
            return new HeldClockImageBuilders(delegate, time.scheduler(), driver);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up the virtual time", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The virtual time did not run a task", e.getCause());
        }
    }

    /** Runs a call that returns at once, holding the driver until it returns. */
    private <T> T held(Supplier<T> call) {
        return held(call, false);
    }

    /** Runs a call that may block, holding the driver until it returns or has settled into waiting. */
    private <T> T heldUntilWaiting(Supplier<T> call) {
        return held(call, true);
    }

    private <T> T held(Supplier<T> call, boolean mayBlock) {
        if (Thread.currentThread() == driver) {
            return call.get();
        }
        Thread caller = Thread.currentThread();
        CountDownLatch holding = new CountDownLatch(1);
        AtomicBoolean calling = new AtomicBoolean();
        CountDownLatch returned = new CountDownLatch(1);
        Future<?> hold;
        try {
            hold = scheduler.submit(() -> {
                holding.countDown();
                holdUntilSettled(mayBlock ? caller : null, calling, returned);
            });
        } catch (RejectedExecutionException closed) {
            return call.get();
        }
        try {
            while (!hold.isDone() && !awaitUninterruptibly(holding, 1)) {
                // the driver runs the tasks due before the hold first
            }
            calling.set(true);
            return call.get();
        } finally {
            returned.countDown();
        }
    }

    /** Ends when the call returned or, for a {@code caller} given, when it has been parked for a while. */
    private static void holdUntilSettled(Thread caller, AtomicBoolean calling, CountDownLatch returned) {
        int waiting = 0;
        while (!awaitUninterruptibly(returned, 1) && waiting < SETTLED_CHECKS) {
            if (caller == null) {
                continue;
            }
            Thread.State state = caller.getState();
            boolean parked = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
            waiting = calling.get() && parked ? waiting + 1 : 0;
        }
    }

    /** Waits up to {@code millis} for the latch; an interrupt is kept for the caller, not acted on. */
    private static boolean awaitUninterruptibly(CountDownLatch latch, long millis) {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                try {
                    return latch.await(millis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public StartOperation start(String name) {
        return held(() -> delegate.start(name));
    }

    @Override
    public StartOperation start(String name, StartOptions options) {
        return held(() -> delegate.start(name, options));
    }

    @Override
    public StartOperation start(String name, Consumer<StartOptions.Builder> options) {
        return held(() -> delegate.start(name, options));
    }

    @Override
    public StopOperation stop(String name) {
        return held(() -> delegate.stop(name));
    }

    @Override
    public Watch watch(String name) {
        return new HeldWatch(delegate.watch(name));
    }

    @Override
    public ImageBuilder get(String name) {
        return delegate.get(name);
    }

    @Override
    public Optional<ImageBuilder> find(String name) {
        return delegate.find(name);
    }

    @Override
    public Stream<ImageBuilder> list() {
        return delegate.list();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }

    /** Each await of a watch begins its own operation, so each one is held. */
    private final class HeldWatch implements Watch {
        private final Watch watch;

        HeldWatch(Watch watch) {
            this.watch = watch;
        }

        @Override
        public String name() {
            return watch.name();
        }

        @Override
        public ImageBuilder awaitRunning() {
            return heldUntilWaiting(watch::awaitRunning);
        }

        @Override
        public ImageBuilder awaitRunning(Duration timeout) {
            return heldUntilWaiting(() -> watch.awaitRunning(timeout));
        }

        @Override
        public CompletableFuture<ImageBuilder> awaitRunningAsync() {
            return held(watch::awaitRunningAsync);
        }

        @Override
        public ImageBuilder awaitStopped() {
            return heldUntilWaiting(watch::awaitStopped);
        }

        @Override
        public ImageBuilder awaitStopped(Duration timeout) {
            return heldUntilWaiting(() -> watch.awaitStopped(timeout));
        }

        @Override
        public CompletableFuture<ImageBuilder> awaitStoppedAsync() {
            return held(watch::awaitStoppedAsync);
        }

        @Override
        public String toString() {
            return watch.toString();
        }
    }
}
