package io.github.appstream4j.internal;

import io.github.appstream4j.model.ImageBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
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

  /**
   * A new future that mirrors {@code source}, completed through {@code executor} so that callbacks chained
   * on it never run on the facade's scheduler; cancelling it cancels {@code source}. An executor that
   * refuses the task (shut down) leaves the completion to the thread at hand rather than never completing;
   * an outcome already known is copied at once.
   */
  static <T> CompletableFuture<T> mirror(CompletableFuture<T> source, Executor executor) {
    CompletableFuture<T> copy = new CompletableFuture<>();
    Executor fallback = task -> {
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        task.run();
      }
    };
    BiConsumer<T, Throwable> relay = (v, e) -> {
      if (e == null) {
        copy.complete(v);
      } else {
        copy.completeExceptionally(ApiCalls.unwrap(e));
      }
    };
    if (source.isDone()) {
      source.whenComplete(relay); // on the caller's thread: no executor hop for an outcome already known
    } else {
      source.whenCompleteAsync(relay, fallback);
    }
    copy.whenComplete((v, e) -> {
      if (copy.isCancelled()) {
        source.cancel(false);
      }
    });
    return copy;
  }
}
