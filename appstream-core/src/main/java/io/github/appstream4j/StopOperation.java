package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A stop in progress, returned by {@link ImageBuilders#stop(String)}: the mirror image of
 * {@link StartOperation}. It begins at once on the facade's scheduler and polls until {@code STOPPED},
 * within {@link WaitPolicy#timeout()}. Thread-safe.
 */
public interface StopOperation {
  /**
   * The image builder name.
   *
   * @return the validated name
   */
  String name();

  /**
   * Returns the image builder as the first Describe saw it, blocking until that call answered.
   *
   * @return the builder as first seen
   * @throws ImageBuilderException as {@link StartOperation#initial()}
   */
  ImageBuilder initial();

  /**
   * Blocks until the builder is {@code STOPPED}.
   *
   * @return the builder as last seen, in state {@code STOPPED}
   * @throws ImageBuilderNotFoundException if it does not exist or is being deleted
   * @throws ImageBuilderFailedException if it is {@code FAILED}
   * @throws UnexpectedImageBuilderStateException if it moved back toward RUNNING after the Stop call
   * @throws ImageBuilderWaitTimeoutException if {@link WaitPolicy#timeout()} elapsed
   * @throws ImageBuilderRetriesExhaustedException if an API call kept failing with retryable errors
   * @throws ImageBuilderRequestException if an API call failed with a non-retryable error
   * @throws ImageBuilderInterruptedException if the calling thread was interrupted; the flag is restored
   *     and the operation is cancelled
   * @throws java.util.concurrent.CancellationException if the operation was cancelled
   */
  ImageBuilder awaitStopped();

  /**
   * Like {@link #awaitStopped()}, giving the operation at most {@code timeout} more.
   *
   * @param timeout positive
   * @return the builder as last seen, in state {@code STOPPED}
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if it is zero or negative
   * @throws ImageBuilderException as {@link #awaitStopped()}
   */
  ImageBuilder awaitStopped(Duration timeout);

  /**
   * Returns a future of {@link #awaitStopped()}; cancelling it cancels the operation.
   *
   * @return a new future per call
   */
  CompletableFuture<ImageBuilder> awaitStoppedAsync();
}
