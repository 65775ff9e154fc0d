package io.github.appstream4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

class RetryClassifierTest {
  static AwsServiceException error(String code, int status) {
    return AwsServiceException.builder().statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("m").build()).build();
  }

  @ParameterizedTest
  @CsvSource({
    "ThrottlingException,400,true", "RequestLimitExceededException,400,true", "TooManyRequestsException,429,true",
    "Anything,429,true", "InternalServiceError,500,true", "ServiceUnavailable,503,true",
    "ConcurrentModificationException,400,true",
    "ResourceNotFoundException,404,false", "LimitExceededException,400,false",
    "InvalidParameterCombinationException,400,false", "InvalidAccountStatusException,400,false",
    "IncompatibleImageException,400,false", "OperationNotPermittedException,400,false",
    "ValidationException,400,false", "ResourceNotAvailableException,400,false"
  })
  void isRetryable_serviceErrors(String code, int status, boolean retryable) {
    assertThat(RetryClassifier.isRetryable(error(code, status))).isEqualTo(retryable);
  }

  @Test
  void isRetryable_clientErrors_onlyIoAndTimeouts() {
    assertThat(RetryClassifier.isRetryable(SdkClientException.create("io", new IOException("reset")))).isTrue();
    assertThat(RetryClassifier.isRetryable(SdkClientException.create("t", new SocketTimeoutException()))).isTrue();
    assertThat(RetryClassifier.isRetryable(ApiCallAttemptTimeoutException.create(1000))).isTrue();
    assertThat(RetryClassifier.isRetryable(SdkClientException.create("Unable to load credentials"))).isFalse();
    assertThat(RetryClassifier.isRetryable(new IllegalStateException("x"))).isFalse();
  }

  @Test
  void isRace_concurrentModificationAndNotAvailable() {
    assertThat(RetryClassifier.isRace(error("ConcurrentModificationException", 400))).isTrue();
    assertThat(RetryClassifier.isRace(error("ResourceNotAvailableException", 400))).isTrue();
    assertThat(RetryClassifier.isRace(error("LimitExceededException", 400))).isFalse();
  }
}
