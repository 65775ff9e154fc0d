package io.github.appstream4j.cli.internal;

import java.time.Duration;

/** --wait and the wait commands. */
final class Waiting {
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(45);

    enum Target {
        RUNNING("ImageBuilderRunning"), STOPPED("ImageBuilderStopped");

        final String waiter;

        Target(String waiter) {
            this.waiter = waiter;
        }
    }

    private Waiting() {
    }

    static int startOrStopAndWait(OperationCommand command, OperationCommand.Request request, Duration timeout) {
        throw new CliException(ExitCodes.OTHER, "--wait is not available in this build");
    }

    static int watch(CliContext context, String name, Target target, Duration timeout) {
        throw new CliException(ExitCodes.OTHER, "wait is not available in this build");
    }
}
