package io.github.appstream4j.internal;

import java.io.IOException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Which SDK errors are worth another attempt. The AppStream model marks none as retryable, so we decide. */
public final class RetryClassifier {
  static final String NOT_FOUND = "ResourceNotFoundException";
  static final String CONCURRENT_MODIFICATION = "ConcurrentModificationException";
  static final String NOT_AVAILABLE = "ResourceNotAvailableException";

  // The SDK's throttling set knows "RequestLimitExceeded" but not AppStream's "...Exception" spelling.
  private static final Set<String> RETRYABLE_CODES = Set.of("ThrottlingException", "Throttling",
      "RequestLimitExceededException", "RequestLimitExceeded", "TooManyRequestsException",
      CONCURRENT_MODIFICATION, "InternalServiceError", "InternalServiceException", "ServiceUnavailable");

  private RetryClassifier() {
  }

  /** True for throttling, 5xx, concurrent modification, and client-side I/O or timeout errors. */
  public static boolean isRetryable(Throwable t) {
    if (t instanceof AwsServiceException) {
      AwsServiceException e = (AwsServiceException) t;
      return e.isThrottlingException() || RETRYABLE_CODES.contains(errorCode(e))
          || e.statusCode() == 429 || e.statusCode() >= 500;
    }
    if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException) {
      return true;
    }
    if (t instanceof SdkClientException) {
      for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
        if (c instanceof IOException) {
          return true;
        }
      }
    }
    return false;
  }

  /** The service error code, or null when the error is not a service response. */
  public static String errorCode(Throwable t) {
    if (t instanceof AwsServiceException && ((AwsServiceException) t).awsErrorDetails() != null) {
      return ((AwsServiceException) t).awsErrorDetails().errorCode();
    }
    return null;
  }

  /** True for ResourceNotFoundException, by type or by code. */
  public static boolean isNotFound(Throwable t) {
    return t instanceof software.amazon.awssdk.services.appstream.model.ResourceNotFoundException
        || NOT_FOUND.equals(errorCode(t));
  }

  /** True for the errors a Start/Stop answers when the state moved under it. */
  public static boolean isRace(Throwable t) {
    String code = errorCode(t);
    return CONCURRENT_MODIFICATION.equals(code) || NOT_AVAILABLE.equals(code)
        || t instanceof software.amazon.awssdk.services.appstream.model.ConcurrentModificationException
        || t instanceof software.amazon.awssdk.services.appstream.model.ResourceNotAvailableException;
  }
}
