package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for an image builder to reach a state without ever calling Start or Stop (like the CLI's
 * {@code wait}), returned by {@link ImageBuilders#watch(String)}. Each await call is its own wait: it
 * describes at once, then polls per the {@link WaitPolicy}. A builder in the opposite stable state is
 * tolerated for {@link WaitPolicy#startGracePeriod()} (someone may be about to start or stop it); moving
 * toward the opposite state fails at once. Thread-safe.
 */
public interface Watch {
  /**
   * The image builder name.
   *
   * @return the validated name
   */
  String name();

  /**
   * Blocks until the builder is {@code RUNNING}.
   *
   * @return the builder in state {@code RUNNING}
   * @throws ImageBuilderNotFoundException if it does not exist or is being deleted
   * @throws ImageBuilderFailedException if it is {@code FAILED}
   * @throws UnexpectedImageBuilderStateException if it is stopping, or still STOPPED after the grace period
   * @throws ImageBuilderWaitTimeoutException if {@link WaitPolicy#timeout()} elapsed
   * @throws ImageBuilderRetriesExhaustedException if a Describe kept failing with retryable errors
   * @throws ImageBuilderRequestException if a Describe failed with a non-retryable error
   * @throws ImageBuilderInterruptedException if the calling thread was interrupted (flag restored, wait
   *     cancelled)
   */
  ImageBuilder awaitRunning();

  /**
   * Like {@link #awaitRunning()} with at most {@code timeout} (the policy timeout applies when earlier).
   *
   * @param timeout positive
   * @return the builder in state {@code RUNNING}
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if it is zero or negative
   * @throws ImageBuilderException as {@link #awaitRunning()}
   */
  ImageBuilder awaitRunning(Duration timeout);

  /**
   * Starts a wait for {@code RUNNING} and returns its future; cancelling it stops the polls.
   *
   * @return a new wait's future
   */
  CompletableFuture<ImageBuilder> awaitRunningAsync();

  /**
   * Blocks until the builder is {@code STOPPED}.
   *
   * @return the builder in state {@code STOPPED}
   * @throws ImageBuilderException as {@link #awaitRunning()}, with the states mirrored
   */
  ImageBuilder awaitStopped();

  /**
   * Like {@link #awaitStopped()} with at most {@code timeout}.
   *
   * @param timeout positive
   * @return the builder in state {@code STOPPED}
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if it is zero or negative
   * @throws ImageBuilderException as {@link #awaitStopped()}
   */
  ImageBuilder awaitStopped(Duration timeout);

  /**
   * Starts a wait for {@code STOPPED} and returns its future; cancelling it stops the polls.
   *
   * @return a new wait's future
   */
  CompletableFuture<ImageBuilder> awaitStoppedAsync();
}
