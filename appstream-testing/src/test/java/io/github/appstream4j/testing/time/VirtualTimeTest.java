package io.github.appstream4j.testing.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VirtualTimeTest {

    private static final Instant T0 = VirtualTime.DEFAULT_START;

    @Test
    void advance_manualMode_runsTasksInDueOrderThenSubmissionOrder() {
        try (VirtualTime time = VirtualTime.manual()) {
            List<String> order = Collections.synchronizedList(new ArrayList<>());
            ScheduledExecutorService s = time.scheduler();
            s.schedule(() -> order.add("c@3"), 3, TimeUnit.SECONDS);
            s.schedule(() -> order.add("a@1"), 1, TimeUnit.SECONDS);
            s.schedule(() -> order.add("b@1"), 1, TimeUnit.SECONDS);
            s.execute(() -> order.add("now"));

            time.advance(Duration.ofSeconds(2));

            assertThat(order).containsExactly("now", "a@1", "b@1");
            assertThat(time.now()).isEqualTo(T0.plusSeconds(2));
        }
    }

    @Test
    void advance_manualMode_runsEachTaskAtItsOwnDueTime() {
        try (VirtualTime time = VirtualTime.manual()) {
            List<Instant> seen = new ArrayList<>();
            time.scheduler().schedule(() -> seen.add(time.now()), 5, TimeUnit.MINUTES);
            time.scheduler().schedule(() -> seen.add(time.clock().instant()), 10, TimeUnit.MINUTES);

            time.advance(Duration.ofHours(1));

            assertThat(seen).containsExactly(T0.plusSeconds(300), T0.plusSeconds(600));
            assertThat(time.now()).isEqualTo(T0.plusSeconds(3600));
        }
    }

    @Test
    void advance_negativeDuration_throwsIllegalArgument() {
        try (VirtualTime time = VirtualTime.manual()) {
            assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duration").hasMessageContaining("PT-1S");
            assertThatThrownBy(() -> time.advance(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void manual_withoutAdvance_runsNothing() {
        try (VirtualTime time = VirtualTime.manual(Instant.EPOCH)) {
            AtomicInteger runs = new AtomicInteger();
            time.scheduler().execute(runs::incrementAndGet);

            assertThat(runs).hasValue(0);
            assertThat(time.now()).isEqualTo(Instant.EPOCH);
            time.advance(Duration.ZERO);
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void create_blockedFuture_completesAfterTwentyVirtualMinutes() throws Exception {
        try (VirtualTime time = VirtualTime.create()) {
            CompletableFuture<String> done = new CompletableFuture<>();
            AtomicInteger polls = new AtomicInteger();
            Instant deadline = T0.plus(Duration.ofMinutes(20));
            time.scheduler().scheduleWithFixedDelay(() -> {
                int poll = polls.incrementAndGet();
                if (!time.now().isBefore(deadline)) {
                    done.complete(poll + " polls at " + time.now());
                }
            }, 30, 30, TimeUnit.SECONDS);

            String finished = done.get(10, TimeUnit.SECONDS);

            assertThat(finished).isEqualTo("40 polls at " + deadline);
        }
    }

    @Test
    void create_withStart_startsThere() {
        Instant start = Instant.parse("2030-05-06T07:08:09Z");
        try (VirtualTime time = VirtualTime.create(start)) {
            assertThat(time.now()).isEqualTo(start);
            assertThat(time.clock().getZone().getId()).isEqualTo("Z");
        }
    }

    @Test
    void runUntil_manualMode_jumpsToTheCompletingTask() {
        try (VirtualTime time = VirtualTime.manual()) {
            CompletableFuture<String> f = new CompletableFuture<>();
            time.scheduler().schedule(() -> f.complete("late"), 7, TimeUnit.HOURS);

            assertThat(time.runUntil(f)).isEqualTo("late");
            assertThat(time.now()).isEqualTo(T0.plus(Duration.ofHours(7)));
        }
    }

    @Test
    void runUntil_manualModeNothingScheduled_throwsIllegalState() {
        try (VirtualTime time = VirtualTime.manual()) {
            assertThatThrownBy(() -> time.runUntil(new CompletableFuture<>()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no scheduled task");
        }
    }

    @Test
    void runUntil_autoMode_waitsForTheDriver() {
        try (VirtualTime time = VirtualTime.create()) {
            CompletableFuture<Integer> f = new CompletableFuture<>();
            time.scheduler().schedule(() -> f.complete(42), 1, TimeUnit.DAYS);

            assertThat(time.runUntil(f)).isEqualTo(42);
            assertThat(time.now()).isEqualTo(T0.plus(Duration.ofDays(1)));
        }
    }

    @Test
    void cancel_scheduledTask_neverRunsAndIsRemoved() {
        try (VirtualTime time = VirtualTime.manual()) {
            AtomicInteger runs = new AtomicInteger();
            ScheduledFuture<?> f = time.scheduler().schedule(runs::incrementAndGet, 1, TimeUnit.SECONDS);

            assertThat(f.cancel(false)).isTrue();
            time.scheduler().shutdown();

            assertThat(time.scheduler().isTerminated()).isTrue();
            time.advance(Duration.ofSeconds(5));
            assertThat(runs).hasValue(0);
            assertThat(f.isCancelled()).isTrue();
        }
    }

    @Test
    void getDelay_reportsVirtualTimeLeft() {
        try (VirtualTime time = VirtualTime.manual()) {
            ScheduledFuture<?> f = time.scheduler().schedule(() -> { }, 90, TimeUnit.SECONDS);
            time.advance(Duration.ofSeconds(30));

            assertThat(f.getDelay(TimeUnit.SECONDS)).isEqualTo(60);
            assertThat(f.getDelay(TimeUnit.MILLISECONDS)).isEqualTo(60_000);
        }
    }

    @Test
    void scheduleAtFixedRate_keepsTheRateEvenWhenTheTaskSleeps() {
        try (VirtualTime time = VirtualTime.manual()) {
            List<Long> at = new ArrayList<>();
            time.scheduler().scheduleAtFixedRate(() -> {
                at.add(Duration.between(T0, time.now()).toSeconds());
                time.sleep(Duration.ofSeconds(1));
            }, 10, 10, TimeUnit.SECONDS);

            time.advance(Duration.ofSeconds(35));

            assertThat(at).containsExactly(10L, 20L, 30L);
        }
    }

    @Test
    void scheduleWithFixedDelay_countsTheDelayFromTheEndOfEachRun() {
        try (VirtualTime time = VirtualTime.manual()) {
            List<Long> at = new ArrayList<>();
            time.scheduler().scheduleWithFixedDelay(() -> {
                at.add(Duration.between(T0, time.now()).toSeconds());
                time.sleep(Duration.ofSeconds(1));
            }, 10, 10, TimeUnit.SECONDS);

            time.advance(Duration.ofSeconds(35));

            assertThat(at).containsExactly(10L, 21L, 32L);
        }
    }

    @Test
    void scheduleAtFixedRate_cancelled_stopsRepeating() {
        try (VirtualTime time = VirtualTime.manual()) {
            AtomicInteger runs = new AtomicInteger();
            ScheduledFuture<?> f = time.scheduler().scheduleAtFixedRate(runs::incrementAndGet, 1, 1, TimeUnit.SECONDS);
            time.advance(Duration.ofSeconds(3));
            f.cancel(false);
            time.advance(Duration.ofSeconds(3));

            assertThat(runs).hasValue(3);
        }
    }

    @Test
    void scheduleAtFixedRate_nonPositivePeriod_throwsIllegalArgument() {
        try (VirtualTime time = VirtualTime.manual()) {
            assertThatThrownBy(() -> time.scheduler().scheduleAtFixedRate(() -> { }, 0, 0, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
        }
    }

    @Test
    void throwingTask_doesNotStopTheDriver() throws Exception {
        try (VirtualTime time = VirtualTime.create()) {
            Future<?> failing = time.scheduler().submit(() -> {
                throw new IllegalStateException("boom");
            });
            time.scheduler().execute(() -> {
                throw new IllegalStateException("fire and forget");
            });
            Future<String> after = time.scheduler().schedule(() -> "still running", 1, TimeUnit.MINUTES);

            assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("still running");
            assertThatThrownBy(failing::get).isInstanceOf(ExecutionException.class).hasRootCauseMessage("boom");
        }
    }

    @Test
    void periodicTaskThatThrows_isNotRepeated() {
        try (VirtualTime time = VirtualTime.manual()) {
            AtomicInteger runs = new AtomicInteger();
            ScheduledFuture<?> f = time.scheduler().scheduleAtFixedRate(() -> {
                runs.incrementAndGet();
                throw new IllegalStateException("once");
            }, 1, 1, TimeUnit.SECONDS);
            time.advance(Duration.ofSeconds(5));

            assertThat(runs).hasValue(1);
            assertThat(f.isDone()).isTrue();
        }
    }

    @Test
    void sleep_insideTask_movesTheClock() {
        try (VirtualTime time = VirtualTime.manual()) {
            List<Instant> seen = new ArrayList<>();
            time.scheduler().execute(() -> {
                time.sleep(Duration.ofMinutes(3));
                seen.add(time.now());
            });
            time.advance(Duration.ZERO);

            assertThat(seen).containsExactly(T0.plusSeconds(180));
        }
    }

    @Test
    void sleep_outsideTaskInAutoMode_waitsForVirtualTime() {
        try (VirtualTime time = VirtualTime.create()) {
            time.sleep(Duration.ofHours(2));

            assertThat(time.now()).isAfterOrEqualTo(T0.plus(Duration.ofHours(2)));
        }
    }

    @Test
    void sleep_outsideTaskInManualMode_advances() {
        try (VirtualTime time = VirtualTime.manual()) {
            AtomicInteger runs = new AtomicInteger();
            time.scheduler().schedule(runs::incrementAndGet, 1, TimeUnit.MINUTES);
            time.sleep(Duration.ofMinutes(2));

            assertThat(runs).hasValue(1);
            assertThat(time.now()).isEqualTo(T0.plusSeconds(120));
        }
    }

    @Test
    void shutdown_rejectsNewTasksButRunsDelayedOnes() {
        try (VirtualTime time = VirtualTime.manual()) {
            AtomicInteger runs = new AtomicInteger();
            time.scheduler().schedule(runs::incrementAndGet, 1, TimeUnit.SECONDS);
            time.scheduler().scheduleAtFixedRate(runs::incrementAndGet, 1, 1, TimeUnit.SECONDS);
            time.scheduler().shutdown();

            assertThat(time.scheduler().isShutdown()).isTrue();
            assertThat(time.scheduler().isTerminated()).isFalse();
            assertThatThrownBy(() -> time.scheduler().execute(() -> { }))
                    .isInstanceOf(RejectedExecutionException.class);
            time.advance(Duration.ofSeconds(10));
            assertThat(runs).hasValue(1);
            assertThat(time.scheduler().isTerminated()).isTrue();
        }
    }

    @Test
    void shutdownNow_returnsQueuedTasksAndTerminates() throws InterruptedException {
        try (VirtualTime time = VirtualTime.manual()) {
            time.scheduler().schedule(() -> { }, 1, TimeUnit.SECONDS);
            time.scheduler().schedule(() -> { }, 2, TimeUnit.SECONDS);

            assertThat(time.scheduler().shutdownNow()).hasSize(2);
            assertThat(time.scheduler().awaitTermination(0, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void close_autoMode_rejectsNewTasks() {
        VirtualTime time = VirtualTime.create();
        time.close();
        time.close();

        assertThatThrownBy(() -> time.scheduler().submit(() -> 1)).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void invokeAll_autoMode_runsEveryCallable() throws Exception {
        try (VirtualTime time = VirtualTime.create()) {
            List<Future<Integer>> results = time.scheduler().invokeAll(List.of(() -> 1, () -> 2, () -> 3));

            assertThat(results).extracting(Future::get).containsExactly(1, 2, 3);
        }
    }

    @Test
    void sameInputs_sameTimeline() {
        assertThat(timeline()).isEqualTo(timeline());
    }

    private static List<String> timeline() {
        try (VirtualTime time = VirtualTime.create()) {
            List<String> events = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> done = new CompletableFuture<>();
            time.scheduler().execute(() -> {
                for (int i = 0; i < 20; i++) {
                    int id = i;
                    time.scheduler().schedule(() -> {
                        events.add(id + "@" + time.now());
                        time.scheduler().schedule(() -> events.add(id + "'@" + time.now()), id % 3, TimeUnit.SECONDS);
                    }, (id * 7) % 5, TimeUnit.SECONDS);
                }
                time.scheduler().schedule(() -> done.complete(null), 1, TimeUnit.HOURS);
            });
            done.join();
            return List.copyOf(events);
        }
    }
}
