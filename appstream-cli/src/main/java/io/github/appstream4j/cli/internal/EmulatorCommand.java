package io.github.appstream4j.cli.internal;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import io.github.appstream4j.testing.LocalAppStreamServer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * {@code emulator}: the wire emulator (LocalAppStreamServer over a FakeAppStream) in the foreground on 127.0.0.1,
 * with an image builder {@code demo} in STOPPED; prints the endpoint and serves until interrupted.
 */
final class EmulatorCommand implements Callable<Integer> {
    static final String PORT = "--port";
    static final String BIND = "--bind";
    static final String START_DURATION = "--start-duration";
    static final String STOP_DURATION = "--stop-duration";
    static final String DELETE_DURATION = "--delete-duration";
    static final String STRICT = "--strict";
    static final String ACCESS_KEY_ID = "--access-key-id";
    static final String SECRET_ACCESS_KEY = "--secret-access-key";
    final CommandSpec spec;
    private final CliContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    EmulatorCommand(CliContext context) {
        this.context = context;
        this.spec = CommandSpec.wrapWithoutInspection(this);
        spec.name("emulator");
        spec.usageMessage().description("Run the AppStream emulator (awsJson 1.1 over HTTP on 127.0.0.1) in the "
                + "foreground; image builder demo exists, STOPPED. Point any client at the printed endpoint.");
        value(PORT, "N", Integer.class, "The port (default 0: any free port).");
        value(BIND, "ADDRESS", String.class, "The address to listen on (default 127.0.0.1; another address exposes "
                + "the emulator to the network).");
        value(START_DURATION, "DURATION", String.class, "How long a start takes (default 10s).");
        value(STOP_DURATION, "DURATION", String.class, "How long a stop takes (default 5s).");
        value(DELETE_DURATION, "DURATION", String.class, "How long a delete takes (default 1s).");
        spec.addOption(OptionSpec.builder(STRICT).arity("0").type(boolean.class).description("Check SigV4 "
                + "signatures: only the access key below, with its secret, is accepted.").build());
        value(ACCESS_KEY_ID, "ID", String.class, "The access key id the emulator advertises and, with --strict, "
                + "the only one it accepts (default " + LocalAppStreamServer.DEFAULT_ACCESS_KEY_ID + ").");
        value(SECRET_ACCESS_KEY, "KEY", String.class, "Its secret access key (default "
                + LocalAppStreamServer.DEFAULT_SECRET_ACCESS_KEY + ").");
    }

    private void value(String name, String label, Class<?> type, String description) {
        spec.addOption(OptionSpec.builder(name).arity("1").type(type).paramLabel("<" + label + ">")
                .description(description).build());
    }

    @Override
    public Integer call() throws InterruptedException {
        context.validateGlobals();
        Duration start = duration(START_DURATION, Duration.ofSeconds(10));
        Duration stop = duration(STOP_DURATION, Duration.ofSeconds(5));
        Duration delete = duration(DELETE_DURATION, Duration.ofSeconds(1));
        String region = context.options.string(GlobalOptions.REGION);
        Region r = Region.of(region == null ? "us-east-1" : region);
        int port = port();
        String accessKeyId = nonBlank(ACCESS_KEY_ID, LocalAppStreamServer.DEFAULT_ACCESS_KEY_ID);
        String secret = nonBlank(SECRET_ACCESS_KEY, LocalAppStreamServer.DEFAULT_SECRET_ACCESS_KEY);
        boolean strict = Boolean.TRUE.equals(spec.findOption(STRICT).getValue());
        LocalAppStreamServer.Builder server = LocalAppStreamServer.builder().port(port).region(r)
                .credentials(accessKeyId, secret).strictSignatures(strict);
        String bind = spec.findOption(BIND).getValue();
        if (bind != null) {
            server.bindAddress(address(bind));
        }
        try (FakeAppStream fake = FakeAppStream.builder().clock(context.env.clock())
                .defaultDurations(FakeDurations.of(start, stop, delete)).region(r.id()).build()) {
            fake.givenImageBuilder(LocalBackend.DEMO, ImageBuilderState.STOPPED);
            try (LocalAppStreamServer running = listen(server.fake(fake), bind, port)) {
                context.env.out().println("AppStream emulator listening on " + running.endpoint());
                context.env.out().println("  region " + r.id() + ", access key " + accessKeyId + ", secret " + secret
                        + (strict ? " (signatures checked)" : "") + "; image builder " + LocalBackend.DEMO
                        + " is STOPPED (start " + Durations.format(start) + ", stop " + Durations.format(stop)
                        + ", delete " + Durations.format(delete) + ")");
                context.env.out().println("  try: appstream start-image-builder --name demo --wait --endpoint-url "
                        + running.endpoint());
                context.env.out().flush();
                try (Interrupts.Scope interrupts = Interrupts.scope(context.env)) {
                    stopped.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    context.env.err().println("\nEmulator stopped.");
                    context.env.err().flush();
                    return ExitCodes.INTERRUPTED;
                }
            }
        }
        return ExitCodes.OK;
    }

    private int port() {
        Integer port = spec.findOption(PORT).getValue();
        if (port != null && (port < 0 || port > 65535)) {
            throw new CliException.Usage("argument --port: must be 0 to 65535 but was " + port);
        }
        return port == null ? 0 : port;
    }

    /** An address literal or a name of this machine; a name is looked up, as the server's own main does. */
    private static InetAddress address(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new CliException.Usage("argument --bind: must be an address of this machine but was \"" + value
                    + "\"");
        }
    }

    private LocalAppStreamServer listen(LocalAppStreamServer.Builder server, String bind, int port) {
        try {
            return server.build().start();
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCodes.OTHER, "Unable to listen on " + (bind == null ? "127.0.0.1" : bind)
                    + " port " + port + ": " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
    }

    private String nonBlank(String option, String fallback) {
        String value = spec.findOption(option).getValue();
        if (value != null && value.isBlank()) {
            throw new CliException.Usage("argument " + option + ": must not be blank");
        }
        return value == null ? fallback : value;
    }

    /** Ends {@link #call()} (tests). */
    void stop() {
        stopped.countDown();
    }

    private Duration duration(String option, Duration fallback) {
        String value = spec.findOption(option).getValue();
        return value == null ? fallback : Durations.parse(option, value);
    }
}
