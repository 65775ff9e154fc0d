package io.github.appstream4j.cli.internal;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import io.github.appstream4j.testing.LocalAppStreamServer;
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
    static final String START_DURATION = "--start-duration";
    static final String STOP_DURATION = "--stop-duration";
    final CommandSpec spec;
    private final CliContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    EmulatorCommand(CliContext context) {
        this.context = context;
        this.spec = CommandSpec.wrapWithoutInspection(this);
        spec.name("emulator");
        spec.usageMessage().description("Run the AppStream emulator (awsJson 1.1 over HTTP on 127.0.0.1) in the "
                + "foreground; image builder demo exists, STOPPED. Point any client at the printed endpoint.");
        spec.addOption(OptionSpec.builder(PORT).arity("1").type(Integer.class).paramLabel("<N>")
                .description("The port (default 0: any free port).").build());
        spec.addOption(OptionSpec.builder(START_DURATION).arity("1").type(String.class).paramLabel("<DURATION>")
                .description("How long a start takes (default 10s).").build());
        spec.addOption(OptionSpec.builder(STOP_DURATION).arity("1").type(String.class).paramLabel("<DURATION>")
                .description("How long a stop takes (default 5s).").build());
    }

    @Override
    public Integer call() throws InterruptedException {
        context.validateGlobals();
        Integer port = spec.findOption(PORT).getValue();
        if (port != null && (port < 0 || port > 65535)) {
            throw new CliException.Usage("argument --port: must be 0 to 65535 but was " + port);
        }
        Duration start = duration(START_DURATION, Duration.ofSeconds(10));
        Duration stop = duration(STOP_DURATION, Duration.ofSeconds(5));
        String region = context.options.string(GlobalOptions.REGION);
        Region r = Region.of(region == null ? "us-east-1" : region);
        try (FakeAppStream fake = FakeAppStream.builder().clock(context.env.clock())
                .defaultDurations(FakeDurations.of(start, stop, Duration.ofSeconds(1))).region(r.id()).build()) {
            fake.givenImageBuilder(LocalBackend.DEMO, ImageBuilderState.STOPPED);
            try (LocalAppStreamServer server = LocalAppStreamServer.builder().fake(fake).port(port == null ? 0 : port)
                    .region(r).build().start()) {
                context.env.out().println("AppStream emulator listening on " + server.endpoint());
                context.env.out().println("  region " + r.id() + ", access key " + LocalAppStreamServer.DEFAULT_ACCESS_KEY_ID
                        + ", secret " + LocalAppStreamServer.DEFAULT_SECRET_ACCESS_KEY + "; image builder "
                        + LocalBackend.DEMO + " is STOPPED (start " + Durations.format(start) + ", stop "
                        + Durations.format(stop) + ")");
                context.env.out().println("  try: appstream start-image-builder --name demo --wait --endpoint-url "
                        + server.endpoint());
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

    /** Ends {@link #call()} (tests). */
    void stop() {
        stopped.countDown();
    }

    private Duration duration(String option, Duration fallback) {
        String value = spec.findOption(option).getValue();
        return value == null ? fallback : Durations.parse(option, value);
    }
}
