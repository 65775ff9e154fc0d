package io.github.appstream4j.cli.internal;

/** start-image-builder and stop-image-builder: the plain call, and with --wait the wait for RUNNING / STOPPED. */
final class ImageBuilderCommand extends OperationCommand {
    static final String WAIT = "--wait";
    static final String WAIT_TIMEOUT = "--wait-timeout";

    ImageBuilderCommand(Operation operation, CliContext context) {
        super(operation, context);
        addFlag(WAIT, "Wait until the image builder is " + (operation == Operation.START ? "RUNNING" : "STOPPED")
                + "; progress on stderr, the final image builder on stdout.");
        addValue(WAIT_TIMEOUT, "DURATION", "How long --wait waits, e.g. 30m, 90s, 1h30m or PT20M (default "
                + Durations.format(Waiting.DEFAULT_TIMEOUT) + ").");
    }

    @Override
    int execute(Request request) {
        boolean wait = matched(WAIT);
        if (matched(WAIT_TIMEOUT) && !wait) {
            throw new CliException.Usage("argument --wait-timeout: only allowed with --wait");
        }
        java.time.Duration timeout = matched(WAIT_TIMEOUT) ? Durations.parse(WAIT_TIMEOUT, value(WAIT_TIMEOUT))
                : Waiting.DEFAULT_TIMEOUT;
        if (!wait) {
            return super.execute(request);
        }
        return Waiting.startOrStopAndWait(this, request, timeout);
    }
}
