package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilderInterruptedException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.ImageBuilderWaitTimeoutException;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.StartOperation;
import io.github.appstream4j.WaitPolicy;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class WaitTest {
  @ParameterizedTest
  @EnumSource(Mode.class)
  void awaitRunning_slowerThanPolicyTimeout_timesOutWithElapsedPollsAndLastState(Mode mode) {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .script("b1", s -> s.startDuration(Duration.ofMinutes(90)));
      assertThatThrownBy(() -> mode.running(f.builders.start("b1")))
          .isInstanceOfSatisfying(ImageBuilderWaitTimeoutException.class, e -> {
            assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(45));
            assertThat(e.polls()).isEqualTo(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isGreaterThan(100);
            assertThat(e.lastSeen().flatMap(ImageBuilder::stateAsString)).contains("PENDING");
            assertThat(e.getMessage()).contains("b1", "within 45m00s", "PENDING", "45m00s (" + e.polls() + " polls)");
          });
      int describes = f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS);
      f.time.advance(Duration.ofMinutes(10));
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(describes);
    }
  }

  @Test
  void awaitRunning_withShorterTimeout_timesOutAtThatTimeout() {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
      assertThatThrownBy(() -> f.builders.start("b1").awaitRunning(Duration.ofMinutes(5)))
          .isInstanceOfSatisfying(ImageBuilderWaitTimeoutException.class,
              e -> assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(5)));
    }
  }

  @Test
  void awaitRunning_interrupted_restoresFlagThrowsAndStopsPolling() {
    try (Fixture f = Fixture.manual(b -> b)) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.PENDING);
      StartOperation op = f.builders.start("b1");
      f.time.advance(Duration.ofMinutes(5));
      int describes = f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS);
      Thread.currentThread().interrupt();
      assertThatThrownBy(op::awaitRunning).isInstanceOfSatisfying(ImageBuilderInterruptedException.class, e -> {
        assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
        assertThat(e.lastSeen().flatMap(ImageBuilder::stateAsString)).contains("PENDING");
      });
      assertThat(Thread.interrupted()).isTrue();
      f.time.advance(Duration.ofMinutes(30));
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(describes);
      assertThat(op.awaitRunningAsync()).isCancelled();
    }
  }

  @Test
  void awaitRunningAsync_cancelled_makesNoFurtherDescribe() {
    try (Fixture f = Fixture.manual(b -> b)) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.PENDING);
      StartOperation op = f.builders.start("b1");
      CompletableFuture<ImageBuilder> wait = op.awaitRunningAsync();
      f.time.advance(Duration.ofMinutes(5));
      int describes = f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS);
      assertThat(describes).isGreaterThan(1);
      assertThat(wait.cancel(true)).isTrue();
      f.time.advance(Duration.ofHours(1));
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(describes);
      assertThatThrownBy(op::awaitRunning).isInstanceOf(CancellationException.class);
    }
  }

  @Test
  void awaitRunningAsync_cancelledDuringRetryBackoff_makesNoFurtherDescribe() {
    try (Fixture f = Fixture.manual(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(8)
        .initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(10)).build()))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.PENDING)
          .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 5, Fault.throttling());
      StartOperation op = f.builders.start("b1");
      CompletableFuture<ImageBuilder> wait = op.awaitRunningAsync();
      f.time.advance(Duration.ZERO);
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).as("first attempt, throttled").isEqualTo(1);
      assertThat(wait.cancel(true)).isTrue();
      f.time.advance(Duration.ofHours(1));
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).as("no retry after cancel").isEqualTo(1);
      assertThat(f.retries).hasSize(1);
    }
  }

  @Test
  void close_duringRetryBackoffOnCallersScheduler_makesNoFurtherCall() {
    try (Fixture f = Fixture.manual(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(8)
        .initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(10)).build()))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
          .injectNext(FakeOperation.START_IMAGE_BUILDER, 5, Fault.serviceUnavailable());
      StartOperation op = f.builders.start("b1");
      f.time.advance(Duration.ZERO);
      assertThat(f.count(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(1);
      f.builders.close();
      f.time.advance(Duration.ofHours(1));
      assertThat(f.fake.journal()).hasSize(2);
      assertThatThrownBy(op::awaitRunning).isInstanceOf(CancellationException.class);
    }
  }

  @Test
  void close_whileFindWaitsForARetryOnTheFacadesOwnScheduler_failsTheFindAtOnce() throws Exception {
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try (FakeAppStream fake = FakeAppStream.create()) {
      fake.givenImageBuilder("b1", ImageBuilderState.RUNNING)
          .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 5, Fault.throttling());
      ImageBuilders builders = ImageBuilders.builder().client(fake.client()).retryPolicy(RetryPolicy.builder()
          .maxAttempts(5).initialBackoff(Duration.ofHours(1)).maxBackoff(Duration.ofHours(1)).build()).build();
      CompletableFuture<Throwable> find = CompletableFuture.supplyAsync(() -> {
        try {
          builders.find("b1");
          return null;
        } catch (RuntimeException e) {
          return e;
        }
      }, caller);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS) == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      builders.close();
      assertThat(find.get(30, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(1);
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void awaitRunning_timeoutOfCenturies_isAcceptedAndWaits() {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
      assertThat(f.builders.start("b1").awaitRunning(Duration.ofSeconds(Long.MAX_VALUE)).stateAsString())
          .contains("RUNNING");
    }
  }

  @Test
  void waitPolicy_timeoutOfCenturies_isAcceptedAndWaits() {
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    try (Fixture f = Fixture.auto(Fixture.waitPolicy(p -> p.timeout(forever).startGracePeriod(forever)))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
      assertThat(f.builders.start("b1").awaitRunning().stateAsString()).contains("RUNNING");
    }
  }

  @Test
  void start_builderAlreadyOnItsWay_firstPollComesAfterThePollIntervalNotTheInitialDelay() {
    try (Fixture f = Fixture.auto(Fixture.waitPolicy(p -> p.jitter(0)))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.PENDING);
      f.builders.start("b1").awaitRunning();
      List<JournalEntry> describes = f.fake.journal(FakeOperation.DESCRIBE_IMAGE_BUILDERS);
      assertThat(Duration.between(describes.get(0).time(), describes.get(1).time()))
          .isEqualTo(WaitPolicy.defaults().pollInterval());
    }
  }

  @Test
  void start_afterItsOwnStartCall_firstPollComesAfterTheInitialDelay() {
    try (Fixture f = Fixture.auto(Fixture.waitPolicy(p -> p.jitter(0)))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
      f.builders.start("b1").awaitRunning();
      Instant started = f.fake.journal(FakeOperation.START_IMAGE_BUILDER).get(0).time();
      List<JournalEntry> describes = f.fake.journal(FakeOperation.DESCRIBE_IMAGE_BUILDERS);
      assertThat(Duration.between(started, describes.get(1).time()))
          .isEqualTo(WaitPolicy.defaults().initialDelay());
    }
  }

  @Test
  void awaitRunningAsync_callbacksThatBlockOnTheFacade_doNotStarveItsScheduler() {
    try (FakeAppStream fake = FakeAppStream.create();
         ImageBuilders builders = ImageBuilders.builder().client(fake.client()).build()) {
      List<CompletableFuture<ImageBuilder>> chained = new ArrayList<>();
      // The starts' Describes take a moment, so each wait is still pending when its callback is chained.
      fake.injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 20, Fault.latency(Duration.ofMillis(20)));
      for (int i = 0; i < 20; i++) {
        fake.givenImageBuilder("b" + i, ImageBuilderState.RUNNING);
        String name = "b" + i;
        chained.add(builders.start(name).awaitRunningAsync().thenApply(b -> builders.get(b.name())));
      }
      // On the scheduler's 2 threads these callbacks would wait for Describes that can never run.
      for (int i = 0; i < chained.size(); i++) {
        assertThat(chained.get(i).orTimeout(1, TimeUnit.MINUTES).join().name()).isEqualTo("b" + i);
      }
    }
  }

  @Test
  void start_twentyMinutes_takesMillisecondsOfWallTime() {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("warmup", ImageBuilderState.STOPPED);
      f.builders.start("warmup").awaitRunning();
      List<String> walls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        f.fake.givenImageBuilder("b" + i, ImageBuilderState.STOPPED)
            .script("b" + i, s -> s.startDuration(Duration.ofMinutes(20)));
        long t0 = System.nanoTime();
        ImageBuilder b = f.builders.start("b" + i).awaitRunning();
        walls.add(String.format("%.1f", (System.nanoTime() - t0) / 1e6));
        assertThat(b.stateAsString()).contains("RUNNING");
      }
      System.out.println("simulated 20-minute start, wall ms of 5 runs after a warm-up: " + walls);
    }
  }

  @Test
  void start_thousandConcurrentWaits_useNoThreadPerWaitAndBatchDescribes() {
    int n = 1000;
    try (Fixture f = Fixture.auto()) {
      for (int i = 0; i < n; i++) {
        f.fake.givenImageBuilder("b" + i, ImageBuilderState.STOPPED);
      }
      f.builders.start("warmup-missing").awaitRunningAsync().handle((b, e) -> e).join();
      int before = Thread.activeCount();
      List<CompletableFuture<ImageBuilder>> waits = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        waits.add(f.builders.start("b" + i).awaitRunningAsync());
      }
      int during = Thread.activeCount();
      CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])).join();
      int after = Thread.activeCount();
      int describes = f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS);
      System.out.printf("1000 concurrent waits: live threads before=%d during=%d after=%d; "
          + "%d Describe calls for %d starts (%.1f per start)%n", before, during, after, describes,
          f.count(FakeOperation.START_IMAGE_BUILDER), describes / (double) n);
      assertThat(waits).allSatisfy(w -> assertThat(w.join().stateAsString()).contains("RUNNING"));
      assertThat(during - before).isLessThan(5);
      assertThat(after - before).isLessThan(5);
      assertThat(f.count(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(n);
      assertThat(describes).isLessThan(n * 10);
    }
  }
}
