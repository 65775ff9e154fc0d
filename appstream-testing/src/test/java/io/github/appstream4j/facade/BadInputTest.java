package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.StartOptions;
import io.github.appstream4j.WaitPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** Every bad value is rejected before any request, naming the parameter (and the value when there is one). */
class BadInputTest {
  private static Fixture f;

  @BeforeAll
  static void fixture() {
    f = Fixture.auto();
    f.fake.givenImageBuilder("b1", ImageBuilderState.RUNNING);
  }

  @AfterAll
  static void close() {
    f.close();
  }

  /** A call with one bad argument. */
  interface Call {
    void run(ImageBuilders b);
  }

  private static final List<Arguments> CASES = new ArrayList<>();

  private static void add(String parameter, Object value, Call call) {
    CASES.add(Arguments.of(parameter, value == null ? null : String.valueOf(value), call));
  }

  private static void names(String value) {
    add("name", value, b -> b.start(value));
    add("name", value, b -> b.start(value, StartOptions.defaults()));
    add("name", value, b -> b.start(value, o -> { }));
    add("name", value, b -> b.stop(value));
    add("name", value, b -> b.watch(value));
    add("name", value, b -> b.get(value));
    add("name", value, b -> b.find(value));
  }

  private static void durations(String parameter, Duration value, Consumer<Duration> setter) {
    add(parameter, value, b -> setter.accept(value));
  }

  static Stream<Arguments> cases() {
    CASES.clear();
    for (String n : new String[] {null, "", " ", "a b", "-lead", "_lead", ".lead", "a/b", "caf\u00e9", "tab\tx",
        "new\nline", "x".repeat(102), "semi;colon"}) {
      names(n);
    }
    for (String v : new String[] {null, "", "  ", "v".repeat(101)}) {
      add("appstreamAgentVersion", v, b -> b.start("b1", o -> o.appstreamAgentVersion(v)));
    }
    add("options", null, b -> b.start("b1", (StartOptions) null));
    add("options", null, b -> b.start("b1", (Consumer<StartOptions.Builder>) null));
    for (Duration d : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1)}) {
      add("timeout", d, b -> b.watch("b1").awaitRunning(d));
      add("timeout", d, b -> b.watch("b1").awaitStopped(d));
      durations("pollInterval", d, x -> WaitPolicy.builder().pollInterval(x));
      durations("maxPollInterval", d, x -> WaitPolicy.builder().maxPollInterval(x));
      durations("timeout", d, x -> WaitPolicy.builder().timeout(x));
    }
    for (Duration d : new Duration[] {null, Duration.ofMillis(-1)}) {
      durations("initialDelay", d, x -> WaitPolicy.builder().initialDelay(x));
      durations("startGracePeriod", d, x -> WaitPolicy.builder().startGracePeriod(x));
      durations("initialBackoff", d, x -> RetryPolicy.builder().initialBackoff(x));
      durations("maxBackoff", d, x -> RetryPolicy.builder().maxBackoff(x));
    }
    for (double j : new double[] {-0.1, 1.01, Double.NaN}) {
      add("jitter", j, b -> WaitPolicy.builder().jitter(j));
    }
    for (double m : new double[] {0.5, 101, Double.NaN}) {
      add("multiplier", m, b -> WaitPolicy.builder().multiplier(m));
    }
    for (int a : new int[] {0, -1, Integer.MIN_VALUE}) {
      add("maxAttempts", a, b -> RetryPolicy.builder().maxAttempts(a));
    }
    add("maxPollInterval", "PT1S", b -> WaitPolicy.builder().pollInterval(Duration.ofSeconds(5))
        .maxPollInterval(Duration.ofSeconds(1)).build());
    add("maxBackoff", "PT1S", b -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2))
        .maxBackoff(Duration.ofSeconds(1)).build());
    add("client", null, b -> ImageBuilders.builder().client(null));
    add("waitPolicy", null, b -> ImageBuilders.builder().waitPolicy(null));
    add("retryPolicy", null, b -> ImageBuilders.builder().retryPolicy(null));
    add("clock", null, b -> ImageBuilders.builder().clock(null));
    add("scheduler", null, b -> ImageBuilders.builder().scheduler(null));
    add("random", null, b -> ImageBuilders.builder().random(null));
    add("listener", null, b -> ImageBuilders.builder().onRetry(null));
    add("client", null, b -> ImageBuilders.builder().build());
    add("client", null, b -> ImageBuilders.create(null));
    add("clock", null, b -> ImageBuilders.builder().client(f.fake.client()).clock(Clock.systemUTC()).build());
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("cases")
  void badInput_rejectedNamingParameterAndValue_beforeAnyRequest(String parameter, String value, Call call) {
    f.fake.clearJournal();
    Throwable thrown = catchThrowable(() -> call.run(f.builders));
    assertThat(thrown).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class,
        IllegalStateException.class);
    assertThat(thrown.getMessage()).contains(parameter);
    if (value != null && !value.isBlank()) {
      assertThat(thrown.getMessage()).contains(value);
    }
    f.time.advance(Duration.ZERO);
    assertThat(f.fake.journal()).isEmpty();
  }

  @Test
  void awaitWithTimeout_onRunningOperations_rejectsBadTimeouts() {
    try (Fixture own = Fixture.auto()) {
      own.fake.givenImageBuilder("b1", ImageBuilderState.RUNNING);
      var start = own.builders.start("b1");
      var stop = own.builders.stop("b2");
      for (Duration d : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1)}) {
        assertThat(catchThrowable(() -> start.awaitRunning(d))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("timeout").hasMessageContaining(d.toString());
        assertThat(catchThrowable(() -> stop.awaitStopped(d))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("timeout");
      }
      assertThat(catchThrowable(() -> start.awaitRunning(null))).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("timeout");
    }
  }

  @Test
  void cases_coverAtLeastFiftyInvalidValues() {
    long count = cases().count();
    System.out.println("bad-input cases: " + count);
    assertThat(count).isGreaterThanOrEqualTo(50);
  }
}
