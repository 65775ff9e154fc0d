package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderState;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void start_fromStopped_runs() {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", software.amazon.awssdk.services.appstream.model.ImageBuilderState.STOPPED);
      long t0 = System.nanoTime();
      ImageBuilder b = f.builders.start("b1").awaitRunning();
      System.out.println("wall ms " + (System.nanoTime() - t0) / 1e6 + " calls " + f.calls() + " " + f.fake.journal().size());
      assertThat(b.state()).contains(ImageBuilderState.RUNNING);
    }
  }
}
