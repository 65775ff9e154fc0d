package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A start in progress, returned by {@link ImageBuilders#start(String)}. The operation begins at once, on
 * the
 * facade's scheduler: it describes the builder, calls {@code StartImageBuilder} when needed and polls until
 * the builder is {@code RUNNING}, within {@link WaitPolicy#timeout()} from the {@code start} call.
 * The await methods only observe it; every one of them returns the same outcome.
 *
 * <p>Thread-safe: the handle may be shared and awaited from several threads.
 */
public interface StartOperation {
  /**
   * The image builder name.
   *
   * @return the validated name
   */
  String name();

  /**
   * Returns the image builder as the first {@code DescribeImageBuilders} saw it, blocking until that call
   * answered (it does not wait for RUNNING).
   *
   * @return the builder as first seen
   * @throws ImageBuilderNotFoundException if it does not exist
   * @throws ImageBuilderRetriesExhaustedException if the Describe kept failing with retryable errors
   * @throws ImageBuilderRequestException if the Describe failed with a non-retryable error
   * @throws ImageBuilderInterruptedException if the calling thread was interrupted (the flag is restored;
   *     the operation goes on)
   * @throws java.util.concurrent.CancellationException if the operation was cancelled before
   */
  ImageBuilder initial();

  /**
   * Blocks until the builder is {@code RUNNING}.
   *
   * @return the builder as last seen, in state {@code RUNNING}
   * @throws ImageBuilderNotFoundException if it does not exist or is being deleted
   * @throws ImageBuilderFailedException if it is {@code FAILED}
   * @throws UnexpectedImageBuilderStateException if it moved away from RUNNING after the Start call
   * @throws ImageBuilderWaitTimeoutException if {@link WaitPolicy#timeout()} elapsed
   * @throws ImageBuilderRetriesExhaustedException if an API call kept failing with retryable errors
   * @throws ImageBuilderRequestException if an API call failed with a non-retryable error
   * @throws ImageBuilderInterruptedException if the calling thread was interrupted; the flag is restored
   *     and the operation is cancelled (its polls stop)
   * @throws java.util.concurrent.CancellationException if the operation was cancelled
   */
  ImageBuilder awaitRunning();

  /**
   * Like {@link #awaitRunning()}, but gives the operation at most {@code timeout} more (on the facade's
   * clock) before it fails with {@link ImageBuilderWaitTimeoutException}; the policy timeout still applies
   * when it comes first. A timeout ends the operation for every caller.
   *
   * @param timeout positive
   * @return the builder as last seen, in state {@code RUNNING}
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if it is zero or negative
   * @throws ImageBuilderException as {@link #awaitRunning()}
   */
  ImageBuilder awaitRunning(Duration timeout);

  /**
   * Returns a future that completes when the builder is {@code RUNNING}, or exceptionally with one of the
   * exceptions listed at {@link #awaitRunning()} (unwrapped). Never blocks. Cancelling the returned future
   * cancels the operation: no further Describe is made.
   *
   * @return a new future per call
   */
  CompletableFuture<ImageBuilder> awaitRunningAsync();
}
