package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilderRetriesExhaustedException;
import io.github.appstream4j.RetryEvent;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.StartOperation;
import io.github.appstream4j.StartOptions;
import io.github.appstream4j.UnexpectedImageBuilderStateException;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.JournalEntry;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderRequest;

/** Start and watch behaviour beyond the first Describe: grace, failures while waiting, races, options. */
class StartSemanticsTest {
  private static final Fault NOT_AVAILABLE = Fault.error("ResourceNotAvailableException", 400, "busy");

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_withAgentVersion_sendsIt(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
      mode.running(f.builders.start("b1", o -> o.appstreamAgentVersion(StartOptions.LATEST_AGENT_VERSION)));
      StartImageBuilderRequest sent =
          (StartImageBuilderRequest) f.fake.journal(FakeOperation.START_IMAGE_BUILDER).get(0).request();
      assertThat(sent.appstreamAgentVersion()).isEqualTo("[LATEST]");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_initial_isTheBuilderAsFirstSeen(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
      StartOperation op = f.builders.start("b1");
      assertThat(op.initial().stateAsString()).contains("STOPPED");
      assertThat(mode.running(op).stateAsString()).contains("RUNNING");
      assertThat(op.initial().stateAsString()).contains("STOPPED");
      assertThat(op.name()).isEqualTo("b1");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_staleStoppedReadsWithinGrace_areTolerated(Mode mode) {
    try (Fixture f = Fixture.auto(Fixture.waitPolicy(p -> p.initialDelay(Duration.ofSeconds(5))))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s.staleReadsAfterStart(3));
      assertThat(mode.running(f.builders.start("b1")).stateAsString()).contains("RUNNING");
      assertThat(f.count(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_stillStoppedPastGrace_isUnexpected(Mode mode) {
    try (Fixture f = Fixture.auto(Fixture.waitPolicy(p -> p.startGracePeriod(Duration.ofMinutes(4))))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .script("b1", s -> s.staleAfterStart(Duration.ofMinutes(10)));
      assertThatThrownBy(() -> mode.running(f.builders.start("b1")))
          .isInstanceOf(UnexpectedImageBuilderStateException.class)
          .hasMessageContaining("still STOPPED past the grace period of 4m00s");
      assertThat(f.count(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_endsFailed_messageCarriesReasonAndErrors(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s
          .failStart("INTERNAL_ERROR", "Instance could not be launched")
          .imageBuilderError("IAM_SERVICE_ROLE_IS_MISSING", "role arn:aws:iam::1:role/x is missing"));
      assertThatThrownBy(() -> mode.running(f.builders.start("b1")))
          .isInstanceOfSatisfying(ImageBuilderFailedException.class,
              e -> assertThat(e.lastSeen().flatMap(ImageBuilder::stateAsString)).contains("FAILED"))
          .hasMessageContaining("INTERNAL_ERROR: Instance could not be launched")
          .hasMessageContaining("IAM_SERVICE_ROLE_IS_MISSING: role arn:aws:iam::1:role/x is missing")
          .hasMessageContaining("polls");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_deletedWhileWaiting_isNotFound(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .script("b1", s -> s.deletedAfterStart(Duration.ofMinutes(5)));
      assertThatThrownBy(() -> mode.running(f.builders.start("b1")))
          .isInstanceOf(ImageBuilderNotFoundException.class).hasMessageContaining("being deleted");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_stoppedBySomeoneElseWhileWaiting_isUnexpected(Mode mode) {
    try (Fixture f = Fixture.manual(b -> b)) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
      StartOperation op = f.builders.start("b1");
      f.time.advance(Duration.ofMinutes(10));
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPING);
      f.time.runUntil(op.awaitRunningAsync().handle((b, e) -> e));
      assertThatThrownBy(() -> mode.running(op)).isInstanceOf(UnexpectedImageBuilderStateException.class)
          .hasMessageContaining("STOPPING");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_raceWithResourceNotAvailable_describesAgainAndStarts(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .injectNext(FakeOperation.START_IMAGE_BUILDER, 1, NOT_AVAILABLE);
      assertThat(mode.running(f.builders.start("b1")).stateAsString()).contains("RUNNING");
      assertThat(f.calls()).isEqualTo(List.of("Describe", "Start", "Describe", "Start", "Describe"));
    }
  }

  static Stream<Arguments> races() {
    return Stream.of(Mode.values()).flatMap(mode -> Stream.of(NOT_AVAILABLE, Fault.concurrentModification())
        .map(fault -> Arguments.of(mode, fault)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("races")
  void start_racesKeepComing_describeAgainAfterBackoffAndGiveUpAtMaxAttempts(Mode mode, Fault race) {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(3)).build();
    try (Fixture f = Fixture.auto(b -> b.retryPolicy(policy))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .injectNext(FakeOperation.START_IMAGE_BUILDER, 10, race);
      String code = race.errorCode().orElseThrow();
      assertThatThrownBy(() -> mode.running(f.builders.start("b1")))
          .isInstanceOfSatisfying(ImageBuilderRetriesExhaustedException.class, e -> {
            assertThat(e.operation()).isEqualTo("StartImageBuilder");
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(e.getMessage()).contains(code, "4 times", "state kept changing");
          });
      assertThat(f.fake.journal()).extracting(e -> e.operation().wireName()).containsExactly(
          "DescribeImageBuilders", "StartImageBuilder", "DescribeImageBuilders", "StartImageBuilder",
          "DescribeImageBuilders", "StartImageBuilder", "DescribeImageBuilders", "StartImageBuilder");
      assertThat(f.retries).extracting(RetryEvent::attempt).containsExactly(1, 2, 3);
      List<JournalEntry> starts = f.fake.journal(FakeOperation.START_IMAGE_BUILDER);
      for (RetryEvent e : f.retries) {
        assertThat(e.operation()).isEqualTo("StartImageBuilder");
        assertThat(e.delay().toMillis()).isBetween(0L, Math.min(3_000L, 1_000L << (e.attempt() - 1)));
        assertThat(Duration.between(starts.get(e.attempt() - 1).time(), starts.get(e.attempt()).time()))
            .as("the backoff passes before the new Describe and Start").isEqualTo(e.delay());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_racesAfterThrottling_startCallsStayWithinMaxAttempts(Mode mode) {
    RetryPolicy three = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(2)).build();
    try (Fixture f = Fixture.auto(b -> b.retryPolicy(three))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .injectNext(FakeOperation.START_IMAGE_BUILDER, 1, Fault.throttling())
          .injectNext(FakeOperation.START_IMAGE_BUILDER, 1, Fault.concurrentModification())
          .injectNext(FakeOperation.START_IMAGE_BUILDER, 5, Fault.throttling());
      assertThatThrownBy(() -> mode.running(f.builders.start("b1")))
          .isInstanceOfSatisfying(ImageBuilderRetriesExhaustedException.class,
              e -> assertThat(e.attempts()).isEqualTo(3));
      assertThat(f.outcomes(FakeOperation.START_IMAGE_BUILDER))
          .containsExactly("ThrottlingException", "ConcurrentModificationException", "ThrottlingException");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_raceUnderNoneRetryPolicy_stillDescribesAgainAndStarts(Mode mode) {
    try (Fixture f = Fixture.auto(b -> b.retryPolicy(RetryPolicy.none()))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .injectNext(FakeOperation.START_IMAGE_BUILDER, 1, Fault.concurrentModification());
      assertThat(mode.running(f.builders.start("b1")).stateAsString()).contains("RUNNING");
      assertThat(f.calls()).isEqualTo(List.of("Describe", "Start", "Describe", "Start", "Describe"));
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void start_unknownState_keepsWaitingWithoutStart(Mode mode) {
    try (Fixture f = Fixture.manual(b -> b)) {
      f.fake.givenImageBuilder(software.amazon.awssdk.services.appstream.model.ImageBuilder.builder()
          .name("b1").state("HIBERNATING").build());
      StartOperation op = f.builders.start("b1");
      f.time.advance(Duration.ofMinutes(10));
      assertThat(f.calls()).isEqualTo(List.of("Describe"));
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isGreaterThan(5);
      assertThat(op.initial().stateAsString()).contains("HIBERNATING");
      f.fake.givenImageBuilder("b1", ImageBuilderState.RUNNING);
      f.time.runUntil(op.awaitRunningAsync());
      assertThat(mode.running(op).stateAsString()).contains("RUNNING");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void watch_pending_waitsForRunningWithoutCalls(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.PENDING);
      assertThat(mode.running(f.builders.watch("b1")).stateAsString()).contains("RUNNING");
      assertThat(f.calls()).isEqualTo(List.of("Describe"));
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void watch_stoppedPastGrace_isUnexpectedAndNeverStarts(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
      assertThatThrownBy(() -> mode.running(f.builders.watch("b1")))
          .isInstanceOf(UnexpectedImageBuilderStateException.class);
      assertThat(f.calls()).isEqualTo(List.of("Describe"));
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void watch_stopping_waitsForStopped(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.SNAPSHOTTING);
      assertThat(mode.stopped(f.builders.watch("b1")).stateAsString()).contains("STOPPED");
      assertThat(f.calls()).isEqualTo(List.of("Describe"));
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void watch_runningWhileAwaitingStopped_isUnexpectedAfterGrace(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.RUNNING);
      assertThatThrownBy(() -> mode.stopped(f.builders.watch("b1")))
          .isInstanceOf(UnexpectedImageBuilderStateException.class).hasMessageContaining("RUNNING");
      assertThat(f.count(FakeOperation.STOP_IMAGE_BUILDER)).isZero();
    }
  }
}
