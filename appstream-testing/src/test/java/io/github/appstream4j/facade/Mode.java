package io.github.appstream4j.facade;

import io.github.appstream4j.StartOperation;
import io.github.appstream4j.StopOperation;
import io.github.appstream4j.Watch;
import io.github.appstream4j.model.ImageBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Runs one scenario through the sync or the async form of the API, so both share every test. */
enum Mode {
  SYNC {
    @Override
    ImageBuilder running(StartOperation op) {
      return op.awaitRunning();
    }

    @Override
    ImageBuilder stopped(StopOperation op) {
      return op.awaitStopped();
    }

    @Override
    ImageBuilder running(Watch w) {
      return w.awaitRunning();
    }

    @Override
    ImageBuilder stopped(Watch w) {
      return w.awaitStopped();
    }
  },
  ASYNC {
    @Override
    ImageBuilder running(StartOperation op) {
      return join(op.awaitRunningAsync());
    }

    @Override
    ImageBuilder stopped(StopOperation op) {
      return join(op.awaitStoppedAsync());
    }

    @Override
    ImageBuilder running(Watch w) {
      return join(w.awaitRunningAsync());
    }

    @Override
    ImageBuilder stopped(Watch w) {
      return join(w.awaitStoppedAsync());
    }
  };

  abstract ImageBuilder running(StartOperation op);

  abstract ImageBuilder stopped(StopOperation op);

  abstract ImageBuilder running(Watch w);

  abstract ImageBuilder stopped(Watch w);

  /** Waits and rethrows the future's failure as the sync form would, so assertions are the same. */
  static ImageBuilder join(CompletableFuture<ImageBuilder> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    }
  }
}
