package io.github.appstream4j.testing.internal.wire;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import io.github.appstream4j.testing.LocalAppStreamServer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;

/** The command line of {@code LocalAppStreamServer.main}: options in, a running emulator out. */
public final class ServerMain {
    private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -cp <classpath> io.github.appstream4j.testing.LocalAppStreamServer [options]",
            "Serves an in-memory AppStream (image builders) over HTTP, awsJson 1.1, until killed.",
            "Prints the endpoint URL as the first line on stdout.",
            "",
            "  --port N                 TCP port, 0 for an ephemeral one (default 0)",
            "  --bind ADDR              address to bind (default 127.0.0.1; other addresses expose it to the network)",
            "  --region REGION          region of ARNs and of accepted signatures (default us-east-1)",
            "  --start-duration D       PENDING -> RUNNING, ISO-8601 (PT5S) or seconds (5, 0.5) (default 2 s)",
            "  --stop-duration D        STOPPING -> STOPPED (default 1 s)",
            "  --delete-duration D      DELETING -> gone (default 0.5 s)",
            "  --strict                 verify SigV4 signatures against the credentials below",
            "  --access-key-id ID       accepted access key id in strict mode (default test)",
            "  --secret-access-key KEY  its secret access key (default test)",
            "  --help                   print this help and exit");

    private static final Set<String> VALUE_OPTIONS = Set.of("--port", "--bind", "--region", "--start-duration",
            "--stop-duration", "--delete-duration", "--access-key-id", "--secret-access-key");

    private ServerMain() {
    }

    /** A bad command line: the message says which option and value. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The started emulator: the server and the fake it serves, closed together. */
    public static final class Running implements AutoCloseable {
        private final LocalAppStreamServer server;
        private final FakeAppStream fake;

        private Running(LocalAppStreamServer server, FakeAppStream fake) {
            this.server = server;
            this.fake = fake;
        }

        /** The running server. */
        public LocalAppStreamServer server() {
            return server;
        }

        @Override
        public void close() {
            server.close();
            fake.close();
        }
    }

    /**
     * Parses {@code args}; for {@code --help} prints the usage to {@code out} and returns empty, otherwise
     * starts the emulator and prints its endpoint as one line to {@code out}.
     *
     * @throws UsageException for an unknown option, a missing or bad value
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    public static Optional<Running> launch(String[] args, PrintStream out) {
        Options options = new Options();
        if (!options.parse(split(args))) {
            out.println(USAGE);
            out.flush();
            return Optional.empty();
        }
        FakeAppStream fake = FakeAppStream.builder()
                .region(options.region.id())
                .defaultDurations(FakeDurations.of(options.start, options.stop, options.delete))
                .build();
        try {
            LocalAppStreamServer started = options.server.fake(fake).region(options.region)
                    .strictSignatures(options.strict)
                    .credentials(options.accessKeyId, options.secretAccessKey).build().start();
            out.println(started.endpoint());
            out.flush();
            LOG.info("AppStream emulator serving {} until stopped ({} signatures; start {}, stop {}, delete {})",
                    started.endpoint(), options.strict ? "strict" : "any", options.start, options.stop, options.delete);
            return Optional.of(new Running(started, fake));
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
    }

    /** {@code --name=value} becomes {@code --name value}. */
    private static Deque<String> split(String[] args) {
        Deque<String> rest = new ArrayDeque<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                rest.add(arg.substring(0, eq));
                rest.add(arg.substring(eq + 1));
            } else {
                rest.add(arg);
            }
        }
        return rest;
    }

    /** The settings the options give, with the defaults of the usage text. */
    private static final class Options {
        final LocalAppStreamServer.Builder server = LocalAppStreamServer.builder();
        Duration start = FakeDurations.quick().start();
        Duration stop = FakeDurations.quick().stop();
        Duration delete = FakeDurations.quick().delete();
        String accessKeyId = LocalAppStreamServer.DEFAULT_ACCESS_KEY_ID;
        String secretAccessKey = LocalAppStreamServer.DEFAULT_SECRET_ACCESS_KEY;
        Region region = LocalAppStreamServer.DEFAULT_REGION;
        boolean strict;

        /** Applies every option; false when help was asked for. */
        boolean parse(Deque<String> rest) {
            while (!rest.isEmpty()) {
                String option = rest.poll();
                if ("--help".equals(option) || "-h".equals(option)) {
                    return false;
                }
                if ("--strict".equals(option)) {
                    strict = true;
                } else if (VALUE_OPTIONS.contains(option)) {
                    apply(option, value(option, rest));
                } else {
                    throw new UsageException("unknown option " + option);
                }
            }
            return true;
        }

        private void apply(String option, String value) {
            switch (option) {
                case "--port":
                    server.port(port(value));
                    break;
                case "--bind":
                    server.bindAddress(address(value));
                    break;
                case "--region":
                    region = region(value);
                    break;
                case "--start-duration":
                    start = duration(option, value);
                    break;
                case "--stop-duration":
                    stop = duration(option, value);
                    break;
                case "--delete-duration":
                    delete = duration(option, value);
                    break;
                case "--access-key-id":
                    accessKeyId = nonBlank(option, value);
                    break;
                case "--secret-access-key":
                    secretAccessKey = nonBlank(option, value);
                    break;
                default:
                    throw new IllegalStateException(option);
            }
        }
    }

    private static String value(String option, Deque<String> rest) {
        String value = rest.poll();
        if (value == null || (value.startsWith("--") && value.length() > 2)) {
            throw new UsageException(option + " needs a value");
        }
        return value;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535 but was \"" + value + "\"");
    }

    private static InetAddress address(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException | SecurityException e) {
            throw new UsageException("--bind must be a local address but was \"" + value + "\"");
        }
    }

    private static Region region(String value) {
        if (!value.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            throw new UsageException("--region must look like us-east-1 but was \"" + value + "\"");
        }
        return Region.of(value);
    }

    /** ISO-8601 ({@code PT5S}) or plain seconds ({@code 5}, {@code 0.5}); not negative. */
    static Duration duration(String option, String value) {
        Duration duration;
        try {
            if (value.regionMatches(true, 0, "P", 0, 1)) {
                duration = Duration.parse(value);
            } else {
                BigDecimal seconds = new BigDecimal(value);
                if (Math.abs(seconds.scale()) > 100) {
                    throw new NumberFormatException(value);
                }
                BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
                duration = Duration.ofSeconds(whole.longValueExact(),
                        seconds.subtract(whole).movePointRight(9).longValue());
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new UsageException(option + " must be an ISO-8601 duration (PT5S) or seconds (5) but was \"" + value + "\"");
        }
        if (duration.isNegative()) {
            throw new UsageException(option + " must not be negative but was \"" + value + "\"");
        }
        return duration;
    }

    private static String nonBlank(String option, String value) {
        if (value.isBlank()) {
            throw new UsageException(option + " must not be blank");
        }
        return value;
    }
}
