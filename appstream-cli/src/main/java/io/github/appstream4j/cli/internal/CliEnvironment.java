package io.github.appstream4j.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import io.github.appstream4j.ImageBuilders;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/**
 * Everything the CLI takes from its surroundings, so that tests can run it in-process: environment variables,
 * streams, whether they are terminals, the home and working directories, the clock, and optionally the client.
 */
public final class CliEnvironment {
    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private final Path home;
    private final Path workingDirectory;
    private final Clock clock;
    private final Function<ClientSettings, AppStreamClient> clientFactory;
    private final Map<String, String> systemProperties;
    private final boolean signals;
    private final Consumer<ImageBuilders.Builder> facade;
    private BufferedReader reader;

    private CliEnvironment(Builder b) {
        this.env = Map.copyOf(b.env);
        this.in = Objects.requireNonNull(b.in, "in");
        this.out = Objects.requireNonNull(b.out, "out");
        this.err = Objects.requireNonNull(b.err, "err");
        this.interactive = b.interactive;
        this.home = Objects.requireNonNull(b.home, "home");
        this.workingDirectory = Objects.requireNonNull(b.workingDirectory, "workingDirectory");
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.clientFactory = b.clientFactory;
        this.systemProperties = Map.copyOf(b.systemProperties);
        this.signals = b.signals;
        this.facade = b.facade;
    }

    /** The real process: System streams and environment; a terminal when the JVM has a console. */
    public static CliEnvironment system() {
        return builder().env(System.getenv()).in(System.in).out(System.out).err(System.err)
                .interactive(System.console() != null)
                .home(home(System.getenv(), System.getProperty("user.home")))
                .workingDirectory(Path.of("").toAbsolutePath())
                .signals(true)
                .build();
    }

    /**
     * $HOME, as the AWS CLI and the SDK take it; the JVM's user.home (the account's directory, whatever HOME says)
     * only when HOME is unset or empty.
     */
    static Path home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return Path.of(home == null || home.isEmpty() ? userHome : home);
    }

    public static Builder builder() {
        return new Builder();
    }

    String env(String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The variable as set, empty string included (AWS_PAGER="" means no pager). */
    String rawEnv(String name) {
        return env.get(name);
    }

    boolean hasEnv(String name) {
        return env.containsKey(name);
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    boolean interactive() {
        return interactive;
    }

    Path home() {
        return home;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    Clock clock() {
        return clock;
    }

    Consumer<ImageBuilders.Builder> facade() {
        return facade;
    }

    boolean signals() {
        return signals;
    }

    Function<ClientSettings, AppStreamClient> clientFactory() {
        return clientFactory;
    }

    String systemProperty(String name, String fallback) {
        return systemProperties.getOrDefault(name, System.getProperty(name, fallback));
    }

    /** One line from standard input, null at its end. */
    String readLine() {
        try {
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builder; everything defaults to a quiet, non-interactive environment with no variables. */
    public static final class Builder {
        private Map<String, String> env = Map.of();
        private InputStream in = InputStream.nullInputStream();
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private boolean interactive;
        private Path home = CliEnvironment.home(System.getenv(), System.getProperty("user.home"));
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Clock clock = Clock.systemUTC();
        private Function<ClientSettings, AppStreamClient> clientFactory;
        private Map<String, String> systemProperties = Map.of();
        private boolean signals;
        private Consumer<ImageBuilders.Builder> facade = b -> { };

        /** Adjusts the ImageBuilders facade that --wait uses (tests: virtual clock and scheduler). */
        public Builder facade(Consumer<ImageBuilders.Builder> facade) {
            this.facade = facade;
            return this;
        }

        /** Whether Ctrl-C during a wait is handled with a shutdown hook (only for the real process). */
        public Builder signals(boolean signals) {
            this.signals = signals;
            return this;
        }

        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        public Builder in(InputStream in) {
            this.in = in;
            return this;
        }

        public Builder out(PrintStream out) {
            this.out = out;
            return this;
        }

        public Builder err(PrintStream err) {
            this.err = err;
            return this;
        }

        public Builder interactive(boolean interactive) {
            this.interactive = interactive;
            return this;
        }

        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        public Builder workingDirectory(Path workingDirectory) {
            this.workingDirectory = workingDirectory;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Replaces the SDK client the CLI would build (tests); the settings are still resolved and checked. */
        public Builder clientFactory(Function<ClientSettings, AppStreamClient> clientFactory) {
            this.clientFactory = clientFactory;
            return this;
        }

        public Builder systemProperties(Map<String, String> systemProperties) {
            this.systemProperties = systemProperties;
            return this;
        }

        public CliEnvironment build() {
            return new CliEnvironment(this);
        }
    }
}
