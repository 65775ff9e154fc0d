package io.github.appstream4j.internal;

import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ResourceError;
import io.github.appstream4j.model.StateChangeReason;
import java.time.Duration;
import java.util.stream.Collectors;

/** Human-readable fragments for log lines and exception messages. Never includes request headers or keys. */
final class Texts {
  private Texts() {
  }

  /** "2m05s", "12.3s", "250ms". */
  static String duration(Duration d) {
    long ms = Checks.saturatedMillis(d);
    if (ms < 1000) {
      return ms + "ms";
    }
    long s = ms / 1000;
    if (s < 60) {
      return String.format("%d.%ds", s, (ms % 1000) / 100);
    }
    return s < 3600 ? String.format("%dm%02ds", s / 60, s % 60)
        : String.format("%dh%02dm%02ds", s / 3600, (s / 60) % 60, s % 60);
  }

  static String state(ImageBuilder b) {
    return b == null ? "(none)" : b.stateAsString().orElse("(no state)");
  }

  /** The state, its change reason and every error, e.g. for a FAILED builder. */
  static String details(ImageBuilder b) {
    StringBuilder s = new StringBuilder("state ").append(state(b));
    b.stateChangeReason().ifPresent(r -> s.append(", reason ").append(reason(r)));
    if (!b.imageBuilderErrors().isEmpty()) {
      s.append(", errors [").append(b.imageBuilderErrors().stream().map(Texts::error)
          .collect(Collectors.joining("; "))).append(']');
    }
    return s.toString();
  }

  private static String reason(StateChangeReason r) {
    return r.codeAsString().orElse("(no code)") + ": " + r.message().orElse("(no message)");
  }

  private static String error(ResourceError e) {
    return e.errorCodeAsString().orElse("(no code)") + ": " + e.errorMessage().orElse("(no message)");
  }

  /** An SDK error without its request id noise: "ThrottlingException (400): Rate exceeded". */
  static String error(Throwable t) {
    String code = RetryClassifier.errorCode(t);
    if (code != null) {
      software.amazon.awssdk.awscore.exception.AwsServiceException e =
          (software.amazon.awssdk.awscore.exception.AwsServiceException) t;
      return code + " (" + e.statusCode() + "): " + e.awsErrorDetails().errorMessage();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
