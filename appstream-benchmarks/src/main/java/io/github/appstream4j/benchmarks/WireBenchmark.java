package io.github.appstream4j.benchmarks;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.ImageBuilderFixtures;
import io.github.appstream4j.testing.LocalAppStreamServer;
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
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;

/**
 * The cost of the wire front: one {@code DescribeImageBuilders} through a real SDK client, over HTTP on
 * loopback, to {@code LocalAppStreamServer} (serialization, signing, the JDK HTTP server, parsing), against
 * the same call on the in-process fake client that the server serves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class WireBenchmark {
    static final String NAME = "bench-builder";

    /** A fake with one RUNNING builder, served on 127.0.0.1, and the server's own SDK client. */
    @State(Scope.Benchmark)
    public static class Wire {
        FakeAppStream fake;
        LocalAppStreamServer server;
        AppStreamClient http;

        /** Starts the server. */
        @Setup(Level.Trial)
        public void open() {
            fake = FakeAppStream.create().givenImageBuilder(ImageBuilderFixtures.running(NAME));
            server = LocalAppStreamServer.start(fake);
            http = server.client();
        }

        /** The fake journals every call; start each iteration with an empty journal. */
        @Setup(Level.Iteration)
        public void clearJournal() {
            fake.clearJournal();
        }

        /** Stops the server (which closes its client) and the fake. */
        @TearDown(Level.Trial)
        public void close() {
            server.close();
            fake.close();
        }

        DescribeImageBuildersResponse overHttp() {
            return http.describeImageBuilders(r -> r.names(NAME));
        }

        DescribeImageBuildersResponse inProcess() {
            return fake.client().describeImageBuilders(r -> r.names(NAME));
        }
    }

    /** One Describe through the SDK and HTTP to the emulator. */
    @Benchmark
    public DescribeImageBuildersResponse overHttp(Wire wire) {
        return wire.overHttp();
    }

    /** Baseline: the same Describe on the in-process fake. */
    @Benchmark
    public DescribeImageBuildersResponse inProcess(Wire wire) {
        return wire.inProcess();
    }
}
