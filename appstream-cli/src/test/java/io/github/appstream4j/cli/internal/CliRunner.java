package io.github.appstream4j.cli.internal;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.VirtualTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** Runs the CLI in-process against a FakeAppStream, with an injected environment and captured streams. */
final class CliRunner {
    final FakeAppStream fake;
    final VirtualTime time;
    final Map<String, String> env = new HashMap<>();
    final List<ClientSettings> settings = new ArrayList<>();
    final Path home;
    boolean interactive;
    String stdin = "";
    boolean useFake = true;

    CliRunner(Path home) {
        this(home, null);
    }

    /** With virtual time: realistic durations (a 20-minute start) that pass in milliseconds of wall time. */
    CliRunner(Path home, VirtualTime time) {
        this.home = home;
        this.time = time;
        this.fake = time == null ? FakeAppStream.create() : FakeAppStream.create(time);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "secret");
    }

    CliRunner given(String name, ImageBuilderState state) {
        fake.givenImageBuilder(name, state);
        return this;
    }

    CliRunner env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** Uses the SDK client the CLI builds itself (for endpoint, TLS, timeout and credential tests). */
    CliRunner realClient() {
        useFake = false;
        return this;
    }

    Path file(String name, String content) {
        try {
            Path path = home.resolve(name);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result run(String... args) {
        return run(b -> { }, args);
    }

    Result run(java.util.function.Consumer<CliEnvironment.Builder> adjust, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment.Builder b = CliEnvironment.builder().env(env)
                .in(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .interactive(interactive).home(home).workingDirectory(home);
        if (time != null) {
            b.clock(time.clock()).facade(f -> f.clock(time.clock()).scheduler(time.scheduler()));
        }
        if (useFake) {
            b.clientFactory(s -> {
                settings.add(s);
                return fake.client();
            });
        }
        adjust.accept(b);
        int code = Cli.run(b.build(), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Exit code and captured output of one run. */
    static final class Result {
        final int exitCode;
        final String out;
        final String err;

        Result(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
