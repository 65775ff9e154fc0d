package io.github.appstream4j.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wait image-builder-running|image-builder-stopped --name N}: the waiters the AWS CLI lacks. */
final class WaitCommand {
    private WaitCommand() {
    }

    static CommandLine commandLine(CliContext context) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection((java.util.concurrent.Callable<Integer>) () -> {
            throw new CliException.Usage("the following arguments are required: waiter name "
                    + "(image-builder-running or image-builder-stopped)");
        });
        spec.name("wait");
        spec.usageMessage().description("Wait until an image builder is RUNNING or STOPPED.");
        return new CommandLine(spec);
    }
}
