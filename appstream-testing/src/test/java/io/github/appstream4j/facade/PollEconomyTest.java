package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.StartOperation;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * Over start durations of 3 to 25 minutes (10 s steps), the default WaitPolicy against Terraform's schedule
 * (first wait 100 ms, doubling, capped at 10 s): Describe calls summed over the sweep, and the mean lag
 * between reaching RUNNING and awaitRunning returning. Deterministic: manual virtual time, fixed seed.
 */
class PollEconomyTest {
  static final Duration FIRST = Duration.ofSeconds(180);
  static final Duration LAST = Duration.ofSeconds(1500);
  static final Duration STEP = Duration.ofSeconds(10);

  @Test
  void defaultWaitPolicy_overTheSweep_halfTerraformsDescribesAndMeanLagUnder10s() {
    long ours = 0;
    long terraform = 0;
    double ourLag = 0;
    double terraformLag = 0;
    int runs = 0;
    for (Duration d = FIRST; d.compareTo(LAST) <= 0; d = d.plus(STEP)) {
      double[] measured = measure(d);
      ours += (long) measured[0];
      ourLag += measured[1];
      double[] tf = terraform(d);
      terraform += (long) tf[0];
      terraformLag += tf[1];
      runs++;
    }
    System.out.printf("poll economy over %d starts: Describe calls ours=%d terraform=%d (ratio %.3f); "
        + "mean detection lag ours=%.2fs terraform=%.2fs%n", runs, ours, terraform, (double) ours / terraform,
        ourLag / runs, terraformLag / runs);
    assertThat(ours * 2).isLessThanOrEqualTo(terraform);
    assertThat(ourLag / runs).isLessThanOrEqualTo(10.0);
  }

  /** {describes, lag seconds} of one start of the given duration on the fake. */
  private static double[] measure(Duration startDuration) {
    try (Fixture f = Fixture.manual(b -> b)) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s.startDuration(startDuration));
      StartOperation op = f.builders.start("b1");
      f.time.runUntil(op.awaitRunningAsync());
      Instant returned = f.time.now();
      JournalEntry start = f.fake.journal(FakeOperation.START_IMAGE_BUILDER).get(0);
      Instant running = start.time().plus(startDuration);
      double lag = Duration.between(running, returned).toMillis() / 1000.0;
      return new double[] {f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS), lag};
    }
  }

  /** Terraform: one Describe before the Start, then polls after 0.1 s, 0.2 s, 0.4 s ... capped at 10 s. */
  static double[] terraform(Duration startDuration) {
    double target = startDuration.toMillis() / 1000.0;
    double t = 0;
    double wait = 0.1;
    int describes = 1;
    while (true) {
      t += wait;
      describes++;
      if (t >= target) {
        return new double[] {describes, t - target};
      }
      wait = Math.min(10, wait * 2);
    }
  }
}
