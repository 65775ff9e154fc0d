package io.github.appstream4j.internal;

import io.github.appstream4j.ImageBuilderException;
import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilderInterruptedException;
import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilderRequestException;
import io.github.appstream4j.ImageBuilderRetriesExhaustedException;
import io.github.appstream4j.ImageBuilderWaitTimeoutException;
import io.github.appstream4j.UnexpectedImageBuilderStateException;
import io.github.appstream4j.model.ImageBuilder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Builds the public exceptions, with messages a person can act on. */
final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.appstream4j.ImageBuilders");

  private Failures() {
  }

  /** Where a failure happened: name, last seen builder, and the progress so far. */
  static final class Where {
    final String name;
    final ImageBuilder lastSeen;
    final Duration elapsed;
    final int polls;

    Where(String name, ImageBuilder lastSeen, Duration elapsed, int polls) {
      this.name = name;
      this.lastSeen = lastSeen;
      this.elapsed = elapsed;
      this.polls = polls;
    }

    String progress() {
      return "after " + Texts.duration(elapsed) + " (" + polls + " polls)";
    }
  }

  static ImageBuilderNotFoundException notFound(Where w) {
    if (w.lastSeen != null && "DELETING".equals(Texts.state(w.lastSeen))) {
      return new ImageBuilderNotFoundException("Image builder \"" + w.name + "\" is being deleted ("
          + Texts.details(w.lastSeen) + ") " + w.progress() + "; create it again to use it",
          w.name, w.lastSeen, null);
    }
    String before = w.lastSeen == null ? "" : "; it was last seen in " + Texts.details(w.lastSeen);
    return new ImageBuilderNotFoundException("Image builder \"" + w.name
        + "\" does not exist in this account "
        + "and region (ResourceNotFoundException) " + w.progress() + before
        + "; check the name, region and credentials", w.name, w.lastSeen, null);
  }

  static ImageBuilderFailedException failed(Where w) {
    return new ImageBuilderFailedException("Image builder \"" + w.name + "\" is FAILED: "
        + Texts.details(w.lastSeen) + ", " + w.progress()
        + "; fix the cause (role, network, image), then delete and recreate it", w.name, w.lastSeen, null);
  }

  static UnexpectedImageBuilderStateException unexpected(Where w, Goal goal, boolean acted, Duration grace) {
    String why = Texts.state(w.lastSeen).equals(goal == Goal.RUNNING ? "STOPPED" : "RUNNING")
        ? "it is still " + Texts.state(w.lastSeen) + " past the grace period of " + Texts.duration(grace)
        : "it moved away from " + goal;
    String who = acted ? "; another client may have changed it" : "";
    return new UnexpectedImageBuilderStateException("Image builder \"" + w.name + "\" did not become " + goal
        + ": " + why + " (" + Texts.details(w.lastSeen) + ") " + w.progress() + who,
        w.name, w.lastSeen, null);
  }

  static ImageBuilderWaitTimeoutException timeout(Where w, Goal goal, Duration timeout) {
    return new ImageBuilderWaitTimeoutException("Image builder \"" + w.name + "\" did not become " + goal
        + " within " + Texts.duration(timeout) + ": last seen in "
        + (w.lastSeen == null ? "(never described)" : Texts.details(w.lastSeen)) + ", " + w.progress()
        + "; raise WaitPolicy.timeout or check the builder in the console",
        w.name, w.lastSeen, w.elapsed, w.polls);
  }

  static ImageBuilderInterruptedException interrupted(
      String name, ImageBuilder lastSeen, InterruptedException e) {
    return new ImageBuilderInterruptedException("Interrupted while waiting for image builder \"" + name
        + "\" (last seen in " + Texts.state(lastSeen) + "); the wait was cancelled", name, lastSeen, e);
  }

  /** Turns a failed API call into the public exception; anything already public passes through. */
  static RuntimeException fromCall(Where w, Throwable error) {
    Throwable e = ApiCalls.unwrap(error);
    if (e instanceof ImageBuilderException || !(e instanceof ApiCallException)) {
      return e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
    }
    ApiCallException call = (ApiCallException) e;
    Throwable cause = call.getCause();
    if (RetryClassifier.isNotFound(cause)) {
      return notFound(w);
    }
    if (call.exhausted()) {
      LOG.warn("Image builder {}: {} still failing after {} attempts: {}", w.name, call.operation(),
          call.attempts(), Texts.error(cause));
      String advice = RetryClassifier.isRace(cause)
          ? "; its state kept changing under the call (another client at work?), retry later"
          : "; the service is throttling or unavailable, retry later or raise RetryPolicy.maxAttempts";
      return new ImageBuilderRetriesExhaustedException(call.operation() + " for image builder \"" + w.name
          + "\" failed " + call.attempts() + " times, last with " + Texts.error(cause) + advice,
          w.name, w.lastSeen, call.operation(), call.attempts(), cause);
    }
    Integer status = cause instanceof AwsServiceException ? ((AwsServiceException) cause).statusCode() : null;
    return new ImageBuilderRequestException(call.operation() + " for image builder \"" + w.name
        + "\" was refused: " + Texts.error(cause) + " (not retryable)", w.name, w.lastSeen,
        call.operation(), RetryClassifier.errorCode(cause), status, cause);
  }
}
