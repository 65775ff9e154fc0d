package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilderException;
import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilderWaitTimeoutException;
import io.github.appstream4j.WaitPolicy;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeDurations;
import io.github.appstream4j.testing.JournalEntry;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * start and stop from each of the 14 states, from a state this library does not know, and from a missing
 * builder: the outcome, and the exact journal — every call, in order, at the virtual second the wait policy
 * and the fake's durations say it must come, so a wasted or missing Describe fails the test.
 */
class StartStopMatrixTest {
  private static final String MISSING = "(missing)";
  private static final String UNKNOWN = "HIBERNATING";
  /** No jitter, so the schedule is exactly the policy's; the rest are the defaults. */
  private static final WaitPolicy POLICY = WaitPolicy.builder().jitter(0).build();
  private static final Duration START = FakeDurations.realistic().start();
  private static final Duration STOP = FakeDurations.realistic().stop();

  /** The expected journal: "Operation@seconds since the first call". */
  private static final class Expected {
    final List<String> calls = new ArrayList<>();
    long t;

    Expected call(String operation) {
      calls.add(operation + "@" + t);
      return this;
    }

    /** Polls on the policy's schedule until one comes at or after {@code doneAt} (or before {@code limit}). */
    Expected pollUntil(boolean afterCall, long doneAt, long limit) {
      long interval = POLICY.pollInterval().toSeconds();
      long delay = afterCall ? POLICY.initialDelay().toSeconds() : interval;
      while (t < doneAt) {
        if (t + delay >= limit) {
          return this;
        }
        t += delay;
        call("DescribeImageBuilders");
        delay = afterCall && delay == POLICY.initialDelay().toSeconds() ? interval
            : Math.min(POLICY.maxPollInterval().toSeconds(), Math.round(delay * POLICY.multiplier()));
      }
      return this;
    }

    Expected pollUntil(boolean afterCall, long doneAt) {
      return pollUntil(afterCall, doneAt, Long.MAX_VALUE);
    }
  }

  private static Expected described() {
    return new Expected().call("DescribeImageBuilders");
  }

  /**
   * Expected journal and outcome (the final state, or an exception class) for making a builder RUNNING
   * ({@code toRunning}) or STOPPED: the two are mirror images.
   */
  private static Object[] expect(String state, boolean toRunning) {
    if (state.equals(UNKNOWN)) {
      return new Object[] {described().pollUntil(false, Long.MAX_VALUE, POLICY.timeout().toSeconds()),
          ImageBuilderWaitTimeoutException.class};
    }
    if (state.equals(MISSING)) {
      return new Object[] {described(), ImageBuilderNotFoundException.class};
    }
    ImageBuilderState.Kind target = toRunning ? ImageBuilderState.Kind.RUNNING : ImageBuilderState.Kind.STOPPED;
    ImageBuilderState.Kind toward =
        toRunning ? ImageBuilderState.Kind.TOWARD_RUNNING : ImageBuilderState.Kind.TOWARD_STOPPED;
    ImageBuilderState.Kind opposite = toRunning ? ImageBuilderState.Kind.STOPPED : ImageBuilderState.Kind.RUNNING;
    ImageBuilderState.Kind towardOpposite =
        toRunning ? ImageBuilderState.Kind.TOWARD_STOPPED : ImageBuilderState.Kind.TOWARD_RUNNING;
    String call = toRunning ? "StartImageBuilder" : "StopImageBuilder";
    long there = (toRunning ? START : STOP).toSeconds();
    long back = (toRunning ? STOP : START).toSeconds();
    String done = target.name();
    ImageBuilderState.Kind kind = ImageBuilderState.fromValue(state).kind();
    if (kind == target) {
      return new Object[] {described(), done};
    } else if (kind == toward) {
      return new Object[] {described().pollUntil(false, there), done};
    } else if (kind == opposite) {
      return new Object[] {described().call(call).pollUntil(true, there), done};
    } else if (kind == towardOpposite) {
      Expected e = described().pollUntil(false, back).call(call);
      return new Object[] {e.pollUntil(true, e.t + there), done};
    } else if (kind == ImageBuilderState.Kind.FAILED) {
      return new Object[] {described(), ImageBuilderFailedException.class};
    }
    return new Object[] {described(), ImageBuilderNotFoundException.class};
  }

  static Stream<Arguments> startCases() {
    return cases(true);
  }

  static Stream<Arguments> stopCases() {
    return cases(false);
  }

  private static Stream<Arguments> cases(boolean start) {
    List<String> states = new ArrayList<>();
    for (ImageBuilderState s : ImageBuilderState.values()) {
      if (s != ImageBuilderState.UNKNOWN) {
        states.add(s.toString());
      }
    }
    states.add(UNKNOWN);
    states.add(MISSING);
    List<Arguments> all = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      for (String state : states) {
        Object[] e = expect(state, start);
        all.add(Arguments.of(mode, state, ((Expected) e[0]).calls, e[1]));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} start from {1} -> {3}")
  @MethodSource("startCases")
  void start_fromEachState_documentedOutcomeAndExactCalls(Mode mode, String state, List<String> calls,
      Object outcome) {
    run(state, calls, outcome, (f, name) -> mode.running(f.builders.start(name)));
  }

  @ParameterizedTest(name = "{0} stop from {1} -> {3}")
  @MethodSource("stopCases")
  void stop_fromEachState_documentedOutcomeAndExactCalls(Mode mode, String state, List<String> calls,
      Object outcome) {
    run(state, calls, outcome, (f, name) -> mode.stopped(f.builders.stop(name)));
  }

  private static void run(String state, List<String> calls, Object outcome,
      BiFunction<Fixture, String, ImageBuilder> operation) {
    try (Fixture f = Fixture.auto(b -> b.waitPolicy(POLICY))) {
      if (!state.equals(MISSING)) {
        f.fake.givenImageBuilder(software.amazon.awssdk.services.appstream.model.ImageBuilder.builder()
            .name("b1").state(state).build());
      }
      if (outcome instanceof String) {
        ImageBuilder b = operation.apply(f, "b1");
        assertThat(b.stateAsString()).contains((String) outcome);
        assertThat(b.name()).isEqualTo("b1");
      } else {
        @SuppressWarnings("unchecked")
        Class<? extends ImageBuilderException> type = (Class<? extends ImageBuilderException>) outcome;
        assertThatThrownBy(() -> operation.apply(f, "b1")).isInstanceOfSatisfying(type, e -> {
          assertThat(e.name()).isEqualTo("b1");
          assertThat(e.lastSeen().flatMap(ImageBuilder::stateAsString))
              .isEqualTo(state.equals(MISSING) ? Optional.empty() : Optional.of(state));
          assertThat(e.getMessage()).contains("b1");
        });
      }
      List<JournalEntry> journal = f.fake.journal();
      assertThat(journal.stream().map(e -> e.operation().wireName() + "@"
          + Duration.between(VirtualTime.DEFAULT_START, e.time()).toSeconds()).collect(Collectors.toList()))
          .isEqualTo(calls);
      assertThat(journal).allSatisfy(e -> assertThat(e.names()).containsExactly("b1"));
      String answer = state.equals(MISSING) ? "ResourceNotFoundException" : "ok";
      assertThat(journal).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(answer));
    }
  }
}
