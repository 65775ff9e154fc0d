package io.github.appstream4j.benchmarks;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.WaitPolicy;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import io.github.appstream4j.testing.ImageBuilderFixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The threads behind {@value BatchingBenchmark#WAITS} concurrent waits on the real clock: a facade with its
 * own scheduler over a fake whose builders start at once, polled 1 ms after the Start (rounded to the
 * poller's tick, so the run lasts under a second). Not a JMH benchmark: it counts, it does not time.
 */
final class RealClockWaits {
    /** Live threads before the waits, the peak while they ran, and what the waits came to. */
    record Result(int threadsBefore, int threadsPeak, List<ImageBuilder> running) {
        int added() {
            return threadsPeak - threadsBefore;
        }
    }

    private RealClockWaits() {
    }

    static Result run() {
        List<String> names = BatchingBenchmark.names(BatchingBenchmark.WAITS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (FakeAppStream fake = FakeAppStream.builder()
                .defaultDurations(FakeDurations.of(Duration.ZERO, Duration.ZERO, Duration.ZERO)).build()) {
            names.forEach(n -> fake.givenImageBuilder(ImageBuilderFixtures.stopped(n)));
            int before = threads.getThreadCount();
            threads.resetPeakThreadCount();
            List<CompletableFuture<ImageBuilder>> waits = new ArrayList<>(names.size());
            try (ImageBuilders builders = ImageBuilders.builder().client(fake.client())
                    .waitPolicy(WaitPolicy.builder().initialDelay(Duration.ofMillis(1)).build()).build()) {
                names.forEach(n -> waits.add(builders.start(n).awaitRunningAsync()));
                CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])).join();
            }
            List<ImageBuilder> running = new ArrayList<>(waits.size());
            waits.forEach(w -> running.add(w.join()));
            return new Result(before, threads.getPeakThreadCount(), running);
        }
    }
}
