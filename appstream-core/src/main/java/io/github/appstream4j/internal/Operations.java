package io.github.appstream4j.internal;

import io.github.appstream4j.StartOperation;
import io.github.appstream4j.StopOperation;
import io.github.appstream4j.Watch;
import io.github.appstream4j.model.ImageBuilder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The handles returned by the facade; thin views over {@link Convergence}. */
final class Operations {
  private Operations() {
  }

  /** Shared by start and stop: one eager convergence observed by every await. */
  static class Eager {
    final Convergence c;

    Eager(Convergence c) {
      this.c = c;
    }

    public String name() {
      return c.name();
    }

    public ImageBuilder initial() {
      return Await.await(c.first, c.name(), c::lastSeen, () -> { });
    }

    ImageBuilder await() {
      return Await.await(c.result, c.name(), c::lastSeen, () -> c.result.cancel(false));
    }

    ImageBuilder await(Duration timeout) {
      c.limit(Checks.positive(timeout, "timeout"));
      return await();
    }

    CompletableFuture<ImageBuilder> async() {
      return Await.mirror(c.result, c.engine().futureCompletionExecutor);
    }
  }

  static final class Start extends Eager implements StartOperation {
    Start(Convergence c) {
      super(c);
    }

    @Override
    public ImageBuilder awaitRunning() {
      return await();
    }

    @Override
    public ImageBuilder awaitRunning(Duration timeout) {
      return await(timeout);
    }

    @Override
    public CompletableFuture<ImageBuilder> awaitRunningAsync() {
      return async();
    }
  }

  static final class Stop extends Eager implements StopOperation {
    Stop(Convergence c) {
      super(c);
    }

    @Override
    public ImageBuilder awaitStopped() {
      return await();
    }

    @Override
    public ImageBuilder awaitStopped(Duration timeout) {
      return await(timeout);
    }

    @Override
    public CompletableFuture<ImageBuilder> awaitStoppedAsync() {
      return async();
    }
  }

  /** Each await is a fresh convergence that never calls Start or Stop. */
  static final class DefaultWatch implements Watch {
    private final Engine engine;
    private final String name;

    DefaultWatch(Engine engine, String name) {
      this.engine = engine;
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ImageBuilder awaitRunning() {
      return new Eager(begin(Goal.RUNNING)).await();
    }

    @Override
    public ImageBuilder awaitRunning(Duration timeout) {
      Checks.positive(timeout, "timeout");
      return new Eager(begin(Goal.RUNNING)).await(timeout);
    }

    @Override
    public CompletableFuture<ImageBuilder> awaitRunningAsync() {
      return Await.mirror(begin(Goal.RUNNING).result, engine.futureCompletionExecutor);
    }

    @Override
    public ImageBuilder awaitStopped() {
      return new Eager(begin(Goal.STOPPED)).await();
    }

    @Override
    public ImageBuilder awaitStopped(Duration timeout) {
      Checks.positive(timeout, "timeout");
      return new Eager(begin(Goal.STOPPED)).await(timeout);
    }

    @Override
    public CompletableFuture<ImageBuilder> awaitStoppedAsync() {
      return Await.mirror(begin(Goal.STOPPED).result, engine.futureCompletionExecutor);
    }

    private Convergence begin(Goal goal) {
      engine.requireOpen();
      return new Convergence(engine, name, goal, false, null).begin();
    }
  }
}
