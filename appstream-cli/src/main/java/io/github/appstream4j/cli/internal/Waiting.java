package io.github.appstream4j.cli.internal;

import io.github.appstream4j.ImageBuilderException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.WaitPolicy;
import io.github.appstream4j.internal.mapping.ImageBuilderMapper;
import io.github.appstream4j.model.ImageBuilder;
import java.time.Duration;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderResponse;

/**
 * --wait and the wait commands, through the library's {@link ImageBuilders} facade: progress on stderr from the
 * Describe calls it makes, the final image builder on stdout, failures as the AWS CLI's waiters report them.
 */
final class Waiting {
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(WaitPolicy.DEFAULT_TIMEOUT_MINUTES);
    /** --local transitions take seconds, so poll every second from the start. */
    private static final WaitPolicy LOCAL = WaitPolicy.builder().initialDelay(Duration.ofSeconds(1))
            .pollInterval(Duration.ofSeconds(1)).maxPollInterval(Duration.ofSeconds(1))
            .startGracePeriod(Duration.ofSeconds(10)).timeout(DEFAULT_TIMEOUT).build();

    enum Target {
        RUNNING("ImageBuilderRunning"), STOPPED("ImageBuilderStopped");

        final String waiter;

        Target(String waiter) {
            this.waiter = waiter;
        }
    }

    private Waiting() {
    }

    /** start-image-builder/stop-image-builder --wait: make it RUNNING/STOPPED, print the final builder. */
    static int startOrStopAndWait(OperationCommand command, OperationCommand.Request request, Duration timeout) {
        Target target = command.operation == Operation.START ? Target.RUNNING : Target.STOPPED;
        String name = request.input.get("Name").asText();
        ImageBuilder result = run(command.context, command.operation.name, name, target, timeout, request,
                builders -> {
                    if (target == Target.RUNNING) {
                        String agent = request.input.hasNonNull("AppstreamAgentVersion")
                                ? request.input.get("AppstreamAgentVersion").asText() : null;
                        return builders.start(name, o -> {
                            if (agent != null) {
                                o.appstreamAgentVersion(agent);
                            }
                        }).awaitRunning(timeout);
                    }
                    return builders.stop(name).awaitStopped(timeout);
                });
        software.amazon.awssdk.services.appstream.model.ImageBuilder sdk = ImageBuilderMapper.toSdk(result);
        Object response = target == Target.RUNNING ? StartImageBuilderResponse.builder().imageBuilder(sdk).build()
                : StopImageBuilderResponse.builder().imageBuilder(sdk).build();
        command.context.print(command.context.formatter().render(command.operation.name,
                PojoJson.toJson((software.amazon.awssdk.core.SdkPojo) response)));
        return ExitCodes.OK;
    }

    /** wait image-builder-running|stopped: wait without starting or stopping; prints nothing on success. */
    static int watch(CliContext context, String name, Target target, Duration timeout) {
        run(context, null, name, target, timeout, null, builders -> target == Target.RUNNING
                ? builders.watch(name).awaitRunning(timeout) : builders.watch(name).awaitStopped(timeout));
        return ExitCodes.OK;
    }

    /** @param operation the command's own call, null for the wait commands (which make none) */
    private static ImageBuilder run(CliContext context, String operation, String name, Target target,
            Duration timeout, OperationCommand.Request request,
            java.util.function.Function<ImageBuilders, ImageBuilder> wait) {
        AppStreamClient client = context.client(request == null ? java.util.List.of(name) : request.builderNames());
        WaitPolicy policy = (emulated(context) ? LOCAL : WaitPolicy.defaults()).toBuilder().timeout(timeout).build();
        try (Progress progress = new Progress(context.env, name, target.name());
                Interrupts.Scope interrupts = Interrupts.scope(context.env);
                ImageBuilders builders = facade(context, Progress.observing(client, name, progress), policy)) {
            return wait.apply(builders);
        } catch (ImageBuilderException e) {
            throw WaiterErrors.toCli(e, target, operation, timeout);
        }
    }

    /** --local, or an endpoint on this machine (the emulator): its transitions take seconds, not minutes. */
    static boolean emulated(CliContext context) {
        if (context.local() != null) {
            return true;
        }
        return context.settings().endpoint().map(java.net.URI::getHost).map(h -> h.equals("localhost")
                || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1")).orElse(false);
    }

    private static ImageBuilders facade(CliContext context, AppStreamClient client, WaitPolicy policy) {
        ImageBuilders.Builder builder = ImageBuilders.builder().client(client).waitPolicy(policy);
        context.env.facade().accept(builder);
        return builder.build();
    }
}
