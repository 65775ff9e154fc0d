package io.github.appstream4j;

import io.github.appstream4j.internal.DefaultImageBuildersBuilder;
import io.github.appstream4j.model.ImageBuilder;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.Stream;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/**
 * Starts and stops AppStream 2.0 image builders and waits for them, over an AWS SDK v2 {@link
 * AppStreamClient}.
 *
 * <pre>{@code
 * try (ImageBuilders builders = ImageBuilders.create()) {
 *     ImageBuilder b = builders.start("my-builder").awaitRunning();
 * }
 * }</pre>
 *
 * <p><b>Start</b> describes the builder first: {@code RUNNING} returns without a Start call; a state on
 * the way to RUNNING is waited for; {@code STOPPED} is started; {@code STOPPING}/{@code SNAPSHOTTING} is
 * waited for until STOPPED, then started; {@code FAILED} fails with {@link ImageBuilderFailedException};
 * a missing or {@code DELETING} builder fails with {@link ImageBuilderNotFoundException}; a state this
 * library does not know is waited on (logged once at WARN). <b>Stop</b> is the mirror image; a builder
 * on its way to RUNNING is first waited for until RUNNING, then stopped.
 *
 * <p>All API calls, retries and polls run on one scheduler per facade, never a thread per wait; waits due
 * in the same second share one batched {@code DescribeImageBuilders}. Implementations are thread-safe.
 * {@link #close()} cancels waits still pending and releases only what the facade created.
 */
public interface ImageBuilders extends AutoCloseable {

  /**
   * Creates a facade with its own {@link AppStreamClient}, built from the SDK's default region and
   * credentials provider chains with SDK retries turned off (so {@link RetryPolicy} is the only retry
   * layer); {@link #close()} closes that client. Default policies, system clock, own scheduler.
   *
   * @return a new facade
   * @throws software.amazon.awssdk.core.exception.SdkClientException if no region can be found
   */
  static ImageBuilders create() {
    return DefaultImageBuildersBuilder.withDefaultClient().build();
  }

  /**
   * Creates a facade over the caller's client with default policies. The client is never closed by the
   * facade, and its own SDK retries multiply with {@link RetryPolicy#defaults()} (see {@link RetryPolicy}).
   *
   * @param client the SDK client
   * @return a new facade
   * @throws NullPointerException if {@code client} is null
   */
  static ImageBuilders create(AppStreamClient client) {
    return builder().client(client).build();
  }

  /**
   * Returns a builder for a facade with custom policies, time and scheduling.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new DefaultImageBuildersBuilder();
  }

  /**
   * Starts the builder with default {@link StartOptions}; see the class comment for what it does per state.
   *
   * @param name the image builder name
   * @return the operation, already running on the scheduler
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not match
   *     {@code ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}
   * @throws IllegalStateException if the facade is closed
   */
  StartOperation start(String name);

  /**
   * Starts the builder with the given options.
   *
   * @param name the image builder name
   * @param options e.g. the agent version
   * @return the operation, already running on the scheduler
   * @throws NullPointerException if {@code name} or {@code options} is null
   * @throws IllegalArgumentException if {@code name} is invalid
   * @throws IllegalStateException if the facade is closed
   */
  StartOperation start(String name, StartOptions options);

  /**
   * Starts the builder with options set on a fresh {@link StartOptions.Builder}, e.g.
   * {@code start("b", o -> o.appstreamAgentVersion("[LATEST]"))}.
   *
   * @param name the image builder name
   * @param options sets the options
   * @return the operation, already running on the scheduler
   * @throws NullPointerException if {@code name} or {@code options} is null
   * @throws IllegalArgumentException if {@code name} or an option is invalid
   * @throws IllegalStateException if the facade is closed
   */
  StartOperation start(String name, Consumer<StartOptions.Builder> options);

  /**
   * Stops the builder: {@code STOPPED} returns without a Stop call, {@code RUNNING} is stopped, a state on
   * the way to RUNNING is waited for and then stopped, {@code STOPPING}/{@code SNAPSHOTTING} is waited for.
   *
   * @param name the image builder name
   * @return the operation, already running on the scheduler
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is invalid
   * @throws IllegalStateException if the facade is closed
   */
  StopOperation stop(String name);

  /**
   * Returns a handle to wait for a state without calling Start or Stop. Makes no call by itself.
   *
   * @param name the image builder name
   * @return the watch
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is invalid
   * @throws IllegalStateException if the facade is closed
   */
  Watch watch(String name);

  /**
   * Describes one builder, blocking.
   *
   * @param name the image builder name
   * @return the builder
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is invalid
   * @throws ImageBuilderNotFoundException if it does not exist
   * @throws ImageBuilderRetriesExhaustedException if the call kept failing with retryable errors
   * @throws ImageBuilderRequestException if it failed with a non-retryable error
   * @throws ImageBuilderInterruptedException if the calling thread was interrupted (flag restored)
   * @throws IllegalStateException if the facade is closed
   */
  ImageBuilder get(String name);

  /**
   * Describes one builder, blocking; empty when it does not exist.
   *
   * @param name the image builder name
   * @return the builder, or empty
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is invalid
   * @throws ImageBuilderException as {@link #get(String)}, except not-found
   * @throws IllegalStateException if the facade is closed
   */
  Optional<ImageBuilder> find(String name);

  /**
   * Lists all image builders of the account and region, lazily: a page ({@code NextToken}) is fetched when
   * the stream reaches it, blocking the consuming thread. Errors surface while consuming, as in
   * {@link #get(String)} (with name {@code "*"}).
   *
   * @return a sequential, ordered stream
   * @throws IllegalStateException if the facade is closed
   */
  Stream<ImageBuilder> list();

  /**
   * Cancels the waits still pending, shuts down the scheduler if the facade created it, and closes the
   * SDK client if the facade built it. Idempotent; the facade cannot be used afterwards.
   */
  @Override
  void close();

  /**
   * Builder of an {@link ImageBuilders}. {@link #build()} validates the combination; a builder can be
   * reused. Not thread-safe.
   */
  interface Builder {
    /**
     * Sets the SDK client (required); the facade never closes it.
     *
     * @param client the client
     * @return this builder
     * @throws NullPointerException if {@code client} is null
     */
    Builder client(AppStreamClient client);

    /**
     * Sets how waits poll (default {@link WaitPolicy#defaults()}).
     *
     * @param waitPolicy the policy
     * @return this builder
     * @throws NullPointerException if {@code waitPolicy} is null
     */
    Builder waitPolicy(WaitPolicy waitPolicy);

    /**
     * Sets how API calls are retried (default {@link RetryPolicy#defaults()}).
     *
     * @param retryPolicy the policy
     * @return this builder
     * @throws NullPointerException if {@code retryPolicy} is null
     */
    Builder retryPolicy(RetryPolicy retryPolicy);

    /**
     * Sets the clock that measures elapsed time and timeouts (default {@link Clock#systemUTC()}). A clock
     * needs the scheduler that goes with it: set both, e.g. from a virtual time in tests.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    Builder clock(Clock clock);

    /**
     * Sets the scheduler that runs every API call, backoff and poll. The caller owns it: {@link #close()}
     * does not shut it down. Default: a daemon pool of 2 threads created and shut down by the facade. The
     * SDK client is blocking, so each call in flight holds one of its threads until it answers (within the
     * client's timeouts); polls due meanwhile wait for a free thread. Waits never hold a thread.
     *
     * @param scheduler the scheduler
     * @return this builder
     * @throws NullPointerException if {@code scheduler} is null
     */
    Builder scheduler(ScheduledExecutorService scheduler);

    /**
     * Sets the source of jitter for polls and backoff (default {@code new Random()}); seed it for
     * reproducible schedules.
     *
     * @param random the random source; used from several threads
     * @return this builder
     * @throws NullPointerException if {@code random} is null
     */
    Builder random(Random random);

    /**
     * Sets a listener told of every retry of an API call, on the scheduler thread, before the backoff
     * (default none; replaces an earlier listener). Exceptions it throws are logged and ignored.
     *
     * @param listener the listener
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    Builder onRetry(Consumer<RetryEvent> listener);

    /**
     * Sets the executor that completes the futures of the {@code await...Async()} methods, and so runs the
     * callbacks chained on them without {@code ...Async}. Default: {@link
     * java.util.concurrent.ForkJoinPool#commonPool()} when the facade creates its own scheduler, so that a
     * callback may block (for instance call {@link ImageBuilders#get(String)}) without starving the API calls
     * and polls of every wait; the {@linkplain #scheduler(ScheduledExecutorService) injected scheduler}
     * otherwise, so that virtual time in tests stays deterministic (then callbacks must not block). Pass
     * {@code Runnable::run} to complete on the scheduler thread that saw the outcome.
     *
     * @param executor the executor; if it rejects a task, that completion runs on the scheduler thread
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     */
    Builder futureCompletionExecutor(Executor executor);

    /**
     * Builds the facade.
     *
     * @return a new facade
     * @throws IllegalStateException if no client was set, or a clock was set without a scheduler
     */
    ImageBuilders build();
  }
}
