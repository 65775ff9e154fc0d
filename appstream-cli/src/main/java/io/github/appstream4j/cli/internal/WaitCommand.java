package io.github.appstream4j.cli.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code wait image-builder-running|image-builder-stopped --name N}: the waiters the AWS CLI lacks. */
final class WaitCommand implements Callable<Integer> {
    private final CliContext context;
    private final Waiting.Target target;
    private final CommandSpec spec;

    private WaitCommand(CliContext context, Waiting.Target target, String command) {
        this.context = context;
        this.target = target;
        this.spec = CommandSpec.wrapWithoutInspection(this);
        spec.name(command);
        spec.usageMessage().description("Wait until the image builder is " + target + " (without starting or "
                + "stopping it); progress on stderr, nothing on stdout. Exit 255 when the waiter fails.");
        spec.addOption(OptionSpec.builder("--name").arity("1").type(String.class).paramLabel("<Name>")
                .description("[required] The name of the image builder.").build());
        spec.addOption(OptionSpec.builder(ImageBuilderCommand.WAIT_TIMEOUT).arity("1").type(String.class)
                .paramLabel("<DURATION>").description("How long to wait, e.g. 30m or PT20M (default "
                        + Durations.format(Waiting.DEFAULT_TIMEOUT) + ").").build());
    }

    static CommandLine commandLine(CliContext context) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> {
            throw new CliException.Usage("the following arguments are required: waiter name "
                    + "(image-builder-running or image-builder-stopped)");
        });
        spec.name("wait");
        spec.usageMessage().description("Wait until an image builder is RUNNING or STOPPED.");
        CommandLine wait = new CommandLine(spec);
        wait.addSubcommand(new CommandLine(new WaitCommand(context, Waiting.Target.RUNNING, "image-builder-running").spec));
        wait.addSubcommand(new CommandLine(new WaitCommand(context, Waiting.Target.STOPPED, "image-builder-stopped").spec));
        return wait;
    }

    @Override
    public Integer call() {
        context.validateGlobals();
        String name = spec.findOption("--name").getValue();
        if (name == null) {
            throw new CliException.Usage("the following arguments are required: --name");
        }
        OperationCommand.nameProblem("argument --name:", name).ifPresent(problem -> {
            throw new CliException.Usage(problem);
        });
        String timeout = spec.findOption(ImageBuilderCommand.WAIT_TIMEOUT).getValue();
        Duration wait = timeout == null ? Waiting.DEFAULT_TIMEOUT : Durations.parse(ImageBuilderCommand.WAIT_TIMEOUT, timeout);
        return Waiting.watch(context, name, target, wait);
    }
}
