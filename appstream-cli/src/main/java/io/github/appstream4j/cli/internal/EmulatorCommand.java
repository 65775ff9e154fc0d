package io.github.appstream4j.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code emulator}: the wire emulator in the foreground. */
final class EmulatorCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final CliContext context;

    EmulatorCommand(CliContext context) {
        this.context = context;
        this.spec = CommandSpec.wrapWithoutInspection(this);
        spec.name("emulator");
        spec.usageMessage().description("Run the AppStream emulator (awsJson 1.1 over HTTP on 127.0.0.1).");
    }

    @Override
    public Integer call() {
        context.validateGlobals();
        throw new CliException(ExitCodes.OTHER, "emulator is not available in this build");
    }
}
