package io.github.appstream4j.benchmarks;

import io.github.appstream4j.model.ImageBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scale: {@value #WAITS} simulated 20-minute starts of distinct builders through one facade, all at once, so
 * that the poller batches the polls due in the same tick into {@code DescribeImageBuilders(Names=[…])} of up
 * to 50 names; against the same starts one after the other, where every poll is a Describe of its own.
 * Scores are per wait. Manual virtual time runs everything on the benchmark thread, so the wall time is the
 * library's and the fake's work only; {@link #describeCallsPerWait} gives the Describe calls per wait and
 * {@link RealClockWaits} the threads a facade uses for as many waits on the real clock.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 2)
public class BatchingBenchmark {
    static final int WAITS = 1000;

    /** {@value #WAITS} STOPPED builders, reset before each invocation. */
    @State(Scope.Thread)
    public static class Waits {
        final List<String> names;
        Simulation sim;

        /** {@value #WAITS} builders, as the benchmarks' scores are per wait of that many. */
        public Waits() {
            this(WAITS);
        }

        /** Fewer builders, for a quicker check that the scenario still holds. */
        Waits(int count) {
            names = names(count);
        }

        /** Opens the simulation. */
        @Setup(Level.Trial)
        public void open() {
            sim = Simulation.manual();
        }

        /** Puts every builder back to STOPPED and drops the journal, so every invocation does the same work. */
        @Setup(Level.Invocation)
        public void stopped() {
            names.forEach(sim::stopped);
            sim.fake.clearJournal();
        }

        /** Closes the simulation. */
        @TearDown(Level.Trial)
        public void close() {
            sim.close();
        }

        List<ImageBuilder> concurrent() {
            List<CompletableFuture<ImageBuilder>> waits = new ArrayList<>(names.size());
            for (String name : names) {
                waits.add(sim.builders.start(name).awaitRunningAsync());
            }
            sim.runUntil(CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])));
            List<ImageBuilder> running = new ArrayList<>(waits.size());
            waits.forEach(w -> running.add(w.join()));
            return running;
        }

        List<ImageBuilder> sequential() {
            List<ImageBuilder> running = new ArrayList<>(names.size());
            for (String name : names) {
                running.add(sim.runUntil(sim.builders.start(name).awaitRunningAsync()));
            }
            return running;
        }
    }

    static List<String> names(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(String.format("bench-%04d", i));
        }
        return names;
    }

    /**
     * Describe calls per wait of one run on a fresh simulation: deterministic (seeded jitter, manual time), so
     * counted once rather than timed.
     */
    static double describeCallsPerWait(int count, boolean concurrent) {
        Waits waits = new Waits(count);
        waits.open();
        try {
            waits.stopped();
            BatchingBenchmark benchmark = new BatchingBenchmark();
            List<ImageBuilder> running = concurrent ? benchmark.concurrent(waits) : benchmark.sequential(waits);
            return waits.sim.describeCalls() / (double) running.size();
        } finally {
            waits.close();
        }
    }

    /** {@value #WAITS} waits started together; the poller shares Describe calls between them. */
    @Benchmark
    @OperationsPerInvocation(WAITS)
    public List<ImageBuilder> concurrent(Waits state) {
        return state.concurrent();
    }

    /** Baseline: {@value #WAITS} waits one after the other, each polling alone. */
    @Benchmark
    @OperationsPerInvocation(WAITS)
    public List<ImageBuilder> sequential(Waits state) {
        return state.sequential();
    }
}
