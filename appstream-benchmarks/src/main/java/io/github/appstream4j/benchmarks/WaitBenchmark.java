package io.github.appstream4j.benchmarks;

import io.github.appstream4j.model.ImageBuilder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;

/**
 * What a whole simulated 20-minute start costs in wall time, in "describe-equivalents": one
 * {@code start(name).awaitRunning()} on {@code FakeAppStream} and {@code VirtualTime}, against one direct
 * {@code DescribeImageBuilders} on the fake's client.
 *
 * <ul>
 *   <li>{@link #startBlocking}: as a behaviour test writes it, blocking, with auto-advancing time. Includes the
 *       5 ms of wall time the virtual clock lets pass before it jumps after a test thread scheduled work.</li>
 *   <li>{@link #startManual}: the same start driven on the calling thread with manual time: the library's and
 *       the fake's own work (a Describe, the Start, then some 55 polls over 20 virtual minutes).</li>
 *   <li>{@link #describe}: the baseline.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
public class WaitBenchmark {
    static final String NAME = "bench-builder";

    /** A simulation whose builder is reset to STOPPED before each start. */
    public abstract static class Start {
        Simulation sim;

        abstract Simulation newSimulation();

        /** Opens the simulation. */
        @Setup(Level.Trial)
        public void open() {
            sim = newSimulation().stopped(NAME);
        }

        /** Puts the builder back to STOPPED and drops the journal, so every start does the same work. */
        @Setup(Level.Invocation)
        public void stopped() {
            sim.stopped(NAME);
            sim.fake.clearJournal();
        }

        /** Closes the simulation. */
        @TearDown(Level.Trial)
        public void close() {
            sim.close();
        }
    }

    /** Auto-advancing virtual time. */
    @State(Scope.Thread)
    public static class AutoStart extends Start {
        @Override
        Simulation newSimulation() {
            return Simulation.auto();
        }

        ImageBuilder run() {
            return sim.builders.start(NAME).awaitRunning();
        }
    }

    /** Manual virtual time. */
    @State(Scope.Thread)
    public static class ManualStart extends Start {
        @Override
        Simulation newSimulation() {
            return Simulation.manual();
        }

        ImageBuilder run() {
            return sim.runUntil(sim.builders.start(NAME).awaitRunningAsync());
        }
    }

    /** The baseline's fake: the same builder, described over and over. */
    @State(Scope.Thread)
    public static class Describe {
        Simulation sim;

        /** Opens the simulation. */
        @Setup(Level.Trial)
        public void open() {
            sim = Simulation.manual().stopped(NAME);
        }

        /** The fake journals every call; start each iteration with an empty journal. */
        @Setup(Level.Iteration)
        public void clearJournal() {
            sim.fake.clearJournal();
        }

        /** Closes the simulation. */
        @TearDown(Level.Trial)
        public void close() {
            sim.close();
        }

        DescribeImageBuildersResponse run() {
            return sim.fake.client().describeImageBuilders(r -> r.names(NAME));
        }
    }

    /** Baseline: one DescribeImageBuilders of one builder on the in-process fake. */
    @Benchmark
    public DescribeImageBuildersResponse describe(Describe state) {
        return state.run();
    }

    /** A simulated 20-minute start, blocking, on auto-advancing virtual time. */
    @Benchmark
    public ImageBuilder startBlocking(AutoStart state) {
        return state.run();
    }

    /** A simulated 20-minute start, driven on the calling thread with manual virtual time. */
    @Benchmark
    public ImageBuilder startManual(ManualStart state) {
        return state.run();
    }
}
