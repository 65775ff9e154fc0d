package io.github.appstream4j.cli.internal;

import io.github.appstream4j.ImageBuilderException;
import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilderInterruptedException;
import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilderRequestException;
import io.github.appstream4j.ImageBuilderRetriesExhaustedException;
import io.github.appstream4j.ImageBuilderWaitTimeoutException;
import io.github.appstream4j.UnexpectedImageBuilderStateException;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ResourceError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The library's wait failures as the AWS CLI reports its waiters' ({@code Waiter ImageBuilderRunning failed: …},
 * exit 255), with advice in CLI terms. Built from the exceptions' accessors: their messages speak to Java callers.
 * A refused StartImageBuilder or StopImageBuilder stays that call's error (exit 254), as without --wait.
 */
final class WaiterErrors {
    private WaiterErrors() {
    }

    /**
     * @param operation the command's own call (StartImageBuilder, StopImageBuilder), or null for the wait commands
     * @param timeout the --wait-timeout in force
     */
    static RuntimeException toCli(ImageBuilderException e, Waiting.Target target, String operation, Duration timeout) {
        String name = e.name();
        if (e instanceof ImageBuilderInterruptedException) {
            return new CliException(ExitCodes.INTERRUPTED, "Interrupted: stopped waiting for image builder " + name
                    + e.lastSeen().flatMap(ImageBuilder::stateAsString).map(s -> " (last seen " + s + ")").orElse("")
                    + "; the service goes on with it.", e);
        }
        if (e instanceof ImageBuilderWaitTimeoutException) {
            ImageBuilderWaitTimeoutException t = (ImageBuilderWaitTimeoutException) e;
            return waiter(target, "Max wait time exceeded: image builder " + name + " was " + state(e).map(s -> "still " + s)
                    .orElse("never described") + " after " + Durations.format(t.elapsed()) + " (" + t.polls()
                    + " polls); wait longer with --wait-timeout (it was " + Durations.format(timeout)
                    + ") or check it with: appstream describe-image-builders --names " + name, e);
        }
        if (e instanceof ImageBuilderFailedException) {
            return waiter(target, "Waiter encountered a terminal failure state: image builder " + name + " is FAILED"
                    + failure(e) + "; fix the cause (IAM role, network, image), then delete-image-builder and "
                    + "create-image-builder again", e);
        }
        if (e instanceof UnexpectedImageBuilderStateException) {
            return waiter(target, "Waiter encountered a terminal failure state: image builder " + name + " is "
                    + state(e).orElse("in an unknown state") + ", not on its way to " + target
                    + "; another client may have changed it", e);
        }
        if (e instanceof ImageBuilderNotFoundException) {
            String problem = "Image builder " + name + " does not exist";
            if (e.lastSeen().isEmpty() && operation != null) {
                return new CliException(ExitCodes.SERVICE, ErrorReporter.serviceError("ResourceNotFoundException",
                        operation, problem + "."), e);
            }
            return waiter(target, "An error occurred (ResourceNotFoundException): " + problem + state(e)
                    .map(s -> " any more (last seen " + s + ")").orElse("; check --name, --region and --profile"), e);
        }
        if (e instanceof ImageBuilderRequestException) {
            return fromCall(e, ((ImageBuilderRequestException) e).operation(), 0, target, operation);
        }
        if (e instanceof ImageBuilderRetriesExhaustedException) {
            ImageBuilderRetriesExhaustedException r = (ImageBuilderRetriesExhaustedException) e;
            return fromCall(e, r.operation(), r.attempts() - 1, target, operation);
        }
        return waiter(target, e.getMessage(), e);
    }

    /** A refused call: the command's own call as the AWS CLI reports it, a Describe while waiting as the waiter. */
    private static RuntimeException fromCall(ImageBuilderException e, String failed, int retries,
            Waiting.Target target, String operation) {
        Throwable cause = e.getCause();
        if (cause instanceof SdkClientException) {
            return (SdkClientException) cause;
        }
        if (!(cause instanceof AwsServiceException)) {
            return waiter(target, "An error occurred when calling the " + failed + " operation"
                    + (cause == null ? "" : ": " + cause.getMessage()), e);
        }
        AwsServiceException service = (AwsServiceException) cause;
        String code = ErrorReporter.errorCode(service);
        String text = ErrorReporter.errorText(service);
        if (failed != null && failed.equals(operation)) {
            return new CliException(ExitCodes.SERVICE, ErrorReporter.serviceError(code, failed, retries, text), e);
        }
        return waiter(target, "An error occurred (" + code + "): " + text, e);
    }

    private static CliException waiter(Waiting.Target target, String reason, ImageBuilderException e) {
        return new CliException(ExitCodes.OTHER, "Waiter " + target.waiter + " failed: " + reason, e);
    }

    private static java.util.Optional<String> state(ImageBuilderException e) {
        return e.lastSeen().flatMap(ImageBuilder::stateAsString);
    }

    /** The StateChangeReason and the ImageBuilderErrors of the last image builder seen, after a colon. */
    private static String failure(ImageBuilderException e) {
        List<String> parts = new ArrayList<>();
        e.lastSeen().flatMap(ImageBuilder::stateChangeReason).ifPresent(reason -> parts.add(
                reason.codeAsString().map(c -> c + ": ").orElse("") + reason.message().orElse("")));
        for (ResourceError error : e.lastSeen().map(ImageBuilder::imageBuilderErrors).orElse(List.of())) {
            parts.add(error.errorCodeAsString().map(c -> c + ": ").orElse("") + error.errorMessage().orElse(""));
        }
        parts.removeIf(String::isBlank);
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
    }
}
