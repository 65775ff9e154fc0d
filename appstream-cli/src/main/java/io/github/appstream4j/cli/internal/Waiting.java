package io.github.appstream4j.cli.internal;

import java.time.Duration;

/** --wait and the wait commands. */
final class Waiting {
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(45);

    private Waiting() {
    }

    static int startOrStopAndWait(OperationCommand command, OperationCommand.Request request, Duration timeout) {
        throw new CliException(ExitCodes.OTHER, "--wait is not available in this build");
    }
}
