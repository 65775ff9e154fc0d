package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.StartOperation;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.JournalEntry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class FacadeTest {
  @Test
  void get_existing_returnsIt_missing_throwsNotFound() {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.RUNNING);
      assertThat(f.builders.get("b1").stateAsString()).contains("RUNNING");
      assertThatThrownBy(() -> f.builders.get("ghost")).isInstanceOfSatisfying(ImageBuilderNotFoundException.class,
          e -> {
            assertThat(e.name()).isEqualTo("ghost");
            assertThat(e.lastSeen()).isEmpty();
          });
      assertThat(f.builders.find("ghost")).isEmpty();
      assertThat(f.builders.find("b1")).map(ImageBuilder::name).contains("b1");
    }
  }

  @Test
  void list_manyPages_isLazyAndComplete() {
    try (Fixture f = Fixture.auto()) {
      IntStream.range(0, 60).forEach(i -> f.fake.givenImageBuilder(String.format("b%02d", i), ImageBuilderState.STOPPED));
      Stream<ImageBuilder> all = f.builders.list();
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isZero();
      assertThat(f.builders.list().limit(3).map(ImageBuilder::name)).containsExactly("b00", "b01", "b02");
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(1);
      f.fake.clearJournal();
      assertThat(all.map(ImageBuilder::name).collect(Collectors.toList())).hasSize(60).doesNotHaveDuplicates();
      assertThat(f.count(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(3);
    }
  }

  @Test
  void poller_batchWithUnknownName_fallsBackToOneCallPerName() {
    try (Fixture f = Fixture.manual(b -> b)) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.RUNNING);
      CompletableFuture<ImageBuilder> known = f.builders.start("b1").awaitRunningAsync();
      CompletableFuture<ImageBuilder> ghost = f.builders.start("ghost").awaitRunningAsync();
      f.time.runUntil(CompletableFuture.allOf(known, ghost.handle((b, e) -> null)));
      assertThat(known.join().name()).isEqualTo("b1");
      assertThat(ghost).isCompletedExceptionally();
      assertThat(f.fake.journal(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).extracting(JournalEntry::names, JournalEntry::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(List.of("b1", "ghost"), "ResourceNotFoundException"),
              org.assertj.core.groups.Tuple.tuple(List.of("b1"), "ok"),
              org.assertj.core.groups.Tuple.tuple(List.of("ghost"), "ResourceNotFoundException"));
    }
  }

  @Test
  void poller_waitsDueTogether_shareOneDescribe() {
    try (Fixture f = Fixture.manual(b -> b)) {
      for (String n : List.of("b1", "b2", "b3")) {
        f.fake.givenImageBuilder(n, ImageBuilderState.PENDING);
      }
      List<CompletableFuture<ImageBuilder>> waits = Stream.of("b1", "b2", "b3")
          .map(n -> f.builders.watch(n).awaitRunningAsync()).collect(Collectors.toList());
      f.time.runUntil(CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])));
      assertThat(f.fake.journal(FakeOperation.DESCRIBE_IMAGE_BUILDERS).get(0).names())
          .containsExactly("b1", "b2", "b3");
    }
  }

  @Test
  void close_cancelsPendingWaits_keepsCallersScheduler_andRejectsNewCalls() {
    try (Fixture f = Fixture.manual(b -> b)) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.PENDING);
      StartOperation op = f.builders.start("b1");
      f.time.advance(Duration.ofMinutes(1));
      f.builders.close();
      f.builders.close();
      assertThatThrownBy(op::awaitRunning).isInstanceOf(CancellationException.class);
      ScheduledExecutorService scheduler = f.time.scheduler();
      assertThat(scheduler.isShutdown()).isFalse();
      assertThatThrownBy(() -> f.builders.start("b1")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      assertThatThrownBy(() -> f.builders.list()).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void create_withCallersClient_closeLeavesTheClientOpen() {
    try (FakeAppStream fake = FakeAppStream.create()) {
      fake.givenImageBuilder("b1", ImageBuilderState.RUNNING);
      ImageBuilders builders = ImageBuilders.create(fake.client());
      assertThat(builders.start("b1").awaitRunning().stateAsString()).contains("RUNNING");
      builders.close();
      assertThat(fake.client().describeImageBuilders(r -> r.names("b1")).imageBuilders()).hasSize(1);
    }
  }
}
