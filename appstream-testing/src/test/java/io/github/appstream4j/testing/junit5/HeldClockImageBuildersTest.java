package io.github.appstream4j.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.VirtualTime;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A caller that stalls between arming an operation's timeout and asking for its first poll: without the held
 * clock, the auto-advancing driver jumps to the timeout during the stall.
 */
class HeldClockImageBuildersTest {
    private static final long STALL_MILLIS = 200;

    private final VirtualTime time = VirtualTime.create();
    private final FakeAppStream fake = FakeAppStream.create(time);
    private final Thread testThread = Thread.currentThread();
    private final ImageBuilders stalling = ImageBuilders.builder().client(fake.client())
            .clock(time.clock()).scheduler(stallAfterArmingATimer(time.scheduler())).build();

    @AfterEach
    void close() {
        stalling.close();
        fake.close();
        time.close();
    }

    @Test
    void start_whenTheCallerStallsWhileBeginning_pollsBeforeTheTimeout() {
        fake.givenImageBuilder("b", software.amazon.awssdk.services.appstream.model.ImageBuilderState.STOPPED);

        ImageBuilders builders = HeldClockImageBuilders.wrap(stalling, time);

        assertThat(builders.start("b").awaitRunning().state()).contains(ImageBuilderState.RUNNING);
    }

    @Test
    void watch_whenTheCallerStallsWhileBeginning_pollsBeforeTheTimeout() {
        fake.givenImageBuilder("b", software.amazon.awssdk.services.appstream.model.ImageBuilderState.PENDING);

        ImageBuilders builders = HeldClockImageBuilders.wrap(stalling, time);

        assertThat(builders.watch("b").awaitRunning().state()).contains(ImageBuilderState.RUNNING);
    }

    /**
     * After the test thread arms a long timer it stalls until that timer fires, or for at most
     * {@value #STALL_MILLIS} ms of wall time: the timer fires at once when the driver is free to jump, never when
     * the clock is held.
     */
    private ScheduledExecutorService stallAfterArmingATimer(ScheduledExecutorService real) {
        return (ScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScheduledExecutorService.class}, (proxy, method, args) -> {
                    boolean longTimer = Thread.currentThread() == testThread && method.getName().equals("schedule")
                            && args[0] instanceof Runnable && ((TimeUnit) args[2]).toMinutes((Long) args[1]) >= 1;
                    if (!longTimer) {
                        return invoke(method, real, args);
                    }
                    CompletableFuture<Void> fired = new CompletableFuture<>();
                    Runnable timer = (Runnable) args[0];
                    Object scheduled = real.schedule(() -> {
                        fired.complete(null);
                        timer.run();
                    }, (Long) args[1], (TimeUnit) args[2]);
                    awaitAtMostTheStall(fired);
                    return scheduled;
                });
    }

    /** Busy, as a thread loading classes or starved of CPU is: a parked thread would look like one that waits. */
    private static void awaitAtMostTheStall(CompletableFuture<Void> fired) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS);
        while (!fired.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
