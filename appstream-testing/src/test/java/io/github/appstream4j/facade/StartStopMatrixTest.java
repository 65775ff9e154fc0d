package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilderException;
import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** start and stop from each of the 14 states and from a missing builder: the outcome and the exact calls. */
class StartStopMatrixTest {
  private static final List<String> DESCRIBE = List.of("Describe");
  private static final List<String> START = List.of("Describe", "Start", "Describe");
  private static final List<String> STOP = List.of("Describe", "Stop", "Describe");
  private static final String MISSING = "(missing)";

  /** {state, expected calls (runs folded), expected outcome: the final state or an exception class}. */
  static Stream<Arguments> startCases() {
    return cases(kind -> {
      switch (kind) {
        case RUNNING:
        case TOWARD_RUNNING:
          return new Object[] {DESCRIBE, "RUNNING"};
        case STOPPED:
        case TOWARD_STOPPED:
          return new Object[] {START, "RUNNING"};
        case FAILED:
          return new Object[] {DESCRIBE, ImageBuilderFailedException.class};
        default:
          return new Object[] {DESCRIBE, ImageBuilderNotFoundException.class};
      }
    });
  }

  static Stream<Arguments> stopCases() {
    return cases(kind -> {
      switch (kind) {
        case STOPPED:
        case TOWARD_STOPPED:
          return new Object[] {DESCRIBE, "STOPPED"};
        case RUNNING:
        case TOWARD_RUNNING:
          return new Object[] {STOP, "STOPPED"};
        case FAILED:
          return new Object[] {DESCRIBE, ImageBuilderFailedException.class};
        default:
          return new Object[] {DESCRIBE, ImageBuilderNotFoundException.class};
      }
    });
  }

  private static Stream<Arguments> cases(java.util.function.Function<ImageBuilderState.Kind, Object[]> expect) {
    List<Arguments> all = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      for (ImageBuilderState s : ImageBuilderState.values()) {
        if (s != ImageBuilderState.UNKNOWN) {
          Object[] e = expect.apply(s.kind());
          all.add(Arguments.of(mode, s.toString(), e[0], e[1]));
        }
      }
      all.add(Arguments.of(mode, MISSING, DESCRIBE, ImageBuilderNotFoundException.class));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} start from {1} -> {3} via {2}")
  @MethodSource("startCases")
  void start_fromEachState_documentedOutcomeAndCalls(Mode mode, String state, List<String> calls, Object outcome) {
    run(state, calls, outcome, (f, name) -> mode.running(f.builders.start(name)));
  }

  @ParameterizedTest(name = "{0} stop from {1} -> {3} via {2}")
  @MethodSource("stopCases")
  void stop_fromEachState_documentedOutcomeAndCalls(Mode mode, String state, List<String> calls, Object outcome) {
    run(state, calls, outcome, (f, name) -> mode.stopped(f.builders.stop(name)));
  }

  private static void run(String state, List<String> calls, Object outcome,
      BiFunction<Fixture, String, ImageBuilder> operation) {
    try (Fixture f = Fixture.auto()) {
      if (!state.equals(MISSING)) {
        f.fake.givenImageBuilder("b1",
            software.amazon.awssdk.services.appstream.model.ImageBuilderState.fromValue(state));
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
              .isEqualTo(state.equals(MISSING) ? java.util.Optional.empty() : java.util.Optional.of(state));
          assertThat(e.getMessage()).contains("b1");
        });
      }
      assertThat(f.calls()).isEqualTo(calls);
      String answer = state.equals(MISSING) ? "ResourceNotFoundException" : "ok";
      assertThat(f.fake.journal()).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(answer));
      assertThat(f.count(io.github.appstream4j.testing.FakeOperation.START_IMAGE_BUILDER)
          + f.count(io.github.appstream4j.testing.FakeOperation.STOP_IMAGE_BUILDER))
          .isEqualTo(calls.size() == 3 ? 1 : 0);
    }
  }
}
