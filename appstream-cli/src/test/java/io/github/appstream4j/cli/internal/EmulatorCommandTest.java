package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.testing.VirtualTime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emulator} in-process on a manual clock: its options reach the server and the fake it serves. */
class EmulatorCommandTest {
    @TempDir
    Path home;
    final VirtualTime time = VirtualTime.manual();

    @AfterEach
    void close() {
        time.close();
    }

    /** Standard output that a test can wait on, line by line. */
    static final class Lines extends java.io.OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        /** The first {@code count} lines, once written; fails after 30 seconds. */
        synchronized List<String> await(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                String text = bytes.toString(StandardCharsets.UTF_8);
                List<String> lines = text.lines().toList();
                if (lines.size() > count || lines.size() == count && text.endsWith("\n")) {
                    return lines.subList(0, count);
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                assertThat(left).as("lines so far: %s", lines).isPositive();
                wait(left);
            }
        }
    }

    /** {@code appstream emulator ...} on a thread of its own, until {@link #stop()} interrupts it. */
    final class Emulator {
        final String endpoint;
        final String banner;
        private final AtomicReference<Thread> thread = new AtomicReference<>();
        private final CompletableFuture<Integer> exit;
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        Emulator(String... args) throws Exception {
            Lines out = new Lines();
            CliEnvironment env = CliEnvironment.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .err(new PrintStream(err, true, StandardCharsets.UTF_8)).home(home).workingDirectory(home)
                    .clock(time.clock()).build();
            String[] command = new String[args.length + 1];
            command[0] = "emulator";
            System.arraycopy(args, 0, command, 1, args.length);
            exit = CompletableFuture.supplyAsync(() -> {
                thread.set(Thread.currentThread());
                return Cli.run(env, command);
            });
            List<String> lines = out.await(2);
            assertThat(lines.get(0)).startsWith("AppStream emulator listening on http://127.0.0.1:");
            endpoint = lines.get(0).substring(lines.get(0).indexOf("http://"));
            banner = lines.get(1);
        }

        /** Interrupts the command as Ctrl-C does; returns its exit code. */
        int stop() throws Exception {
            thread.get().interrupt();
            int code = exit.get(30, TimeUnit.SECONDS);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Emulator stopped.");
            return code;
        }
    }

    private CliRunner client(String accessKeyId, String secret) {
        return new CliRunner(home).realClient().env("AWS_ACCESS_KEY_ID", accessKeyId)
                .env("AWS_SECRET_ACCESS_KEY", secret).env("AWS_MAX_ATTEMPTS", "1");
    }

    @Test
    void strictWithKeys_acceptsOnlyThoseKeys_andTheDurationsReachTheFake() throws Exception {
        Emulator emulator = new Emulator("--strict", "--access-key-id", "AKIDEMU", "--secret-access-key", "emusecret",
                "--bind", "127.0.0.1", "--start-duration", "30s", "--stop-duration", "20s", "--delete-duration", "40s");
        assertThat(emulator.banner).isEqualTo("  region us-east-1, access key AKIDEMU, secret emusecret (signatures "
                + "checked); image builder demo is STOPPED (start 30s, stop 20s, delete 40s)");
        String[] count = {"describe-image-builders", "--endpoint-url", emulator.endpoint, "--query",
            "length(ImageBuilders)"};
        CliRunner.Result stranger = client("AKIDEXAMPLE", "secret").run(count);
        assertThat(stranger.exitCode).isEqualTo(254);
        assertThat(stranger.err).contains("An error occurred (UnrecognizedClientException)");
        CliRunner known = client("AKIDEMU", "emusecret");
        assertThat(known.run("delete-image-builder", "--name", "demo", "--endpoint-url", emulator.endpoint)
                .exitCode).isZero();
        time.advance(Duration.ofSeconds(39));
        assertThat(known.run(count).out).isEqualTo("1\n");
        time.advance(Duration.ofSeconds(1));
        assertThat(known.run(count).out).isEqualTo("0\n");
        assertThat(emulator.stop()).isEqualTo(130);
    }

    @Test
    void defaults_acceptAnySignature_andAdvertiseTheDefaultKeys() throws Exception {
        Emulator emulator = new Emulator();
        assertThat(emulator.banner).isEqualTo("  region us-east-1, access key test, secret test; image builder demo "
                + "is STOPPED (start 10s, stop 5s, delete 1s)");
        CliRunner.Result r = client("AKIDANY", "any").run("describe-image-builders", "--endpoint-url",
                emulator.endpoint, "--query", "ImageBuilders[].State", "--output", "text");
        assertThat(r.out).isEqualTo("STOPPED\n");
        assertThat(emulator.stop()).isEqualTo(130);
    }

    @Test
    void badOptions_areUsageErrors_andAnAddressNotOfThisMachineIs255() {
        CliRunner cli = new CliRunner(home);
        CliRunner.Result blank = cli.run("emulator", "--strict", "--access-key-id", " ");
        assertThat(blank.exitCode).isEqualTo(252);
        assertThat(blank.err).endsWith("appstream: error: argument --access-key-id: must not be blank\n");
        assertThat(cli.run("emulator", "--delete-duration", "soon").err)
                .contains("argument --delete-duration: expected a positive duration");
        CliRunner.Result elsewhere = cli.run("emulator", "--bind", "192.0.2.1");
        assertThat(elsewhere.exitCode).isEqualTo(255);
        assertThat(elsewhere.err).startsWith("\nUnable to listen on 192.0.2.1 port 0: ");
    }
}
