package io.github.appstream4j.internal;

import io.github.appstream4j.model.ImageBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Blocks a caller on an async result: the sync API is the async one plus this. */
final class Await {
  private Await() {
  }

  /**
   * Waits for {@code future}; rethrows its failure unwrapped. On interrupt restores the flag, runs
   * {@code onInterrupt} (e.g. cancels the wait) and throws ImageBuilderInterruptedException.
   */
  static <T> T await(CompletableFuture<T> future, String name, Supplier<ImageBuilder> lastSeen,
      Runnable onInterrupt) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      onInterrupt.run();
      throw Failures.interrupted(name, lastSeen.get(), e);
    } catch (ExecutionException e) {
      Throwable cause = ApiCalls.unwrap(e);
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** A new future that mirrors {@code source}; cancelling it cancels {@code source}. */
  static <T> CompletableFuture<T> mirror(CompletableFuture<T> source) {
    CompletableFuture<T> copy = new CompletableFuture<>();
    source.whenComplete((v, e) -> {
      if (e == null) {
        copy.complete(v);
      } else {
        copy.completeExceptionally(ApiCalls.unwrap(e));
      }
    });
    copy.whenComplete((v, e) -> {
      if (copy.isCancelled()) {
        source.cancel(false);
      }
    });
    return copy;
  }
}
