package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilderRequestException;
import io.github.appstream4j.ImageBuilderRetriesExhaustedException;
import io.github.appstream4j.RetryEvent;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.JournalEntry;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class RetryTest {
  private static final RetryPolicy EIGHT = RetryPolicy.builder().maxAttempts(8)
      .initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(4)).build();

  static Stream<Arguments> retryable() {
    return Stream.of(Fault.throttling(), Fault.tooManyRequests(), Fault.requestLimitExceeded(),
        Fault.internalError(), Fault.serviceUnavailable(), Fault.concurrentModification())
        .flatMap(fault -> Stream.of(Mode.values()).map(mode -> Arguments.of(mode, fault)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("retryable")
  void start_retryableErrors_retriedWithCappedJitteredBackoffOnVirtualTime(Mode mode, Fault fault) {
    try (Fixture f = Fixture.auto(b -> b.retryPolicy(EIGHT))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 7, fault)
          .injectNext(FakeOperation.START_IMAGE_BUILDER, 7, fault);
      assertThat(mode.running(f.builders.start("b1")).stateAsString()).contains("RUNNING");

      for (FakeOperation op : List.of(FakeOperation.DESCRIBE_IMAGE_BUILDERS, FakeOperation.START_IMAGE_BUILDER)) {
        List<RetryEvent> events = f.retries.stream().filter(e -> e.operation().equals(op.wireName()))
            .collect(Collectors.toList());
        assertThat(events).extracting(RetryEvent::attempt).containsExactly(1, 2, 3, 4, 5, 6, 7);
        List<Long> delays = events.stream().map(e -> e.delay().toMillis()).collect(Collectors.toList());
        for (RetryEvent e : events) {
          long cap = Math.min(4_000, 1_000L << (e.attempt() - 1));
          assertThat(e.delay().toMillis()).isBetween(0L, cap);
          assertThat(e.cause()).isInstanceOf(AwsServiceException.class);
        }
        assertThat(delays.stream().distinct().count()).as("jittered").isGreaterThan(3);
        assertThat(delays.subList(2, 7).stream().mapToLong(Long::longValue).max().getAsLong())
            .as("grows past the first cap").isGreaterThan(1_000);
        List<JournalEntry> calls = f.fake.journal(op);
        for (int i = 0; i < 7; i++) {
          assertThat(Duration.between(calls.get(i).time(), calls.get(i + 1).time()).toMillis())
              .as("backoff runs on the facade's scheduler").isEqualTo(delays.get(i));
        }
        System.out.println(fault.errorCode().orElseThrow() + " " + op.wireName() + " backoff ms: " + delays);
      }
      assertThat(f.outcomes(FakeOperation.START_IMAGE_BUILDER)).hasSize(8).last().isEqualTo("ok");
    }
  }

  static Stream<Arguments> notRetryable() {
    Function<String, Fault> e400 = code -> Fault.error(code, 400, "no");
    return Stream.of(
        Arguments.of(FakeOperation.START_IMAGE_BUILDER, Fault.limitExceeded(), "LimitExceededException"),
        Arguments.of(FakeOperation.START_IMAGE_BUILDER, e400.apply("InvalidAccountStatusException"),
            "InvalidAccountStatusException"),
        Arguments.of(FakeOperation.START_IMAGE_BUILDER, e400.apply("IncompatibleImageException"),
            "IncompatibleImageException"),
        Arguments.of(FakeOperation.START_IMAGE_BUILDER, e400.apply("InvalidParameterCombinationException"),
            "InvalidParameterCombinationException"),
        Arguments.of(FakeOperation.START_IMAGE_BUILDER, e400.apply("OperationNotPermittedException"),
            "OperationNotPermittedException"),
        Arguments.of(FakeOperation.DESCRIBE_IMAGE_BUILDERS, e400.apply("ValidationException"),
            "ValidationException"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("notRetryable")
  void start_nonRetryableError_oneAttemptAndRequestException(FakeOperation op, Fault fault, String code) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).injectNext(op, 1, fault);
      assertThatThrownBy(() -> f.builders.start("b1").awaitRunning())
          .isInstanceOfSatisfying(ImageBuilderRequestException.class, e -> {
            assertThat(e.operation()).isEqualTo(op.wireName());
            assertThat(e.errorCode()).contains(code);
            assertThat(e.statusCode()).hasValue(400);
            assertThat(e.name()).isEqualTo("b1");
            assertThat(e.getMessage()).contains(code, "not retryable");
          });
      assertThat(f.outcomes(op)).containsExactly(code);
      assertThat(f.retries).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_missing_notFoundIsNotRetried(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      assertThatThrownBy(() -> mode.running(f.builders.start("nope"))).isInstanceOf(ImageBuilderNotFoundException.class);
      assertThat(f.outcomes(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).containsExactly("ResourceNotFoundException");
      assertThat(f.retries).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_throttledBeyondMaxAttempts_retriesExhaustedAfterExactlyMaxAttempts(Mode mode) {
    try (Fixture f = Fixture.auto(b -> b.retryPolicy(EIGHT.toBuilder().maxAttempts(4).build()))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 10, Fault.throttling());
      assertThatThrownBy(() -> mode.running(f.builders.start("b1")))
          .isInstanceOfSatisfying(ImageBuilderRetriesExhaustedException.class, e -> {
            assertThat(e.operation()).isEqualTo("DescribeImageBuilders");
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(e.getCause()).isInstanceOfSatisfying(AwsServiceException.class,
                c -> assertThat(c.isThrottlingException()).isTrue());
            assertThat(e.getMessage()).contains("ThrottlingException", "4 times");
          });
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(4);
      assertThat(f.retries).hasSize(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_noneRetryPolicy_singleAttempt(Mode mode) {
    try (Fixture f = Fixture.auto(b -> b.retryPolicy(RetryPolicy.none()))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.serviceUnavailable());
      assertThatThrownBy(() -> mode.running(f.builders.start("b1")))
          .isInstanceOfSatisfying(ImageBuilderRetriesExhaustedException.class,
              e -> assertThat(e.attempts()).isEqualTo(1));
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(1);
    }
  }
}
