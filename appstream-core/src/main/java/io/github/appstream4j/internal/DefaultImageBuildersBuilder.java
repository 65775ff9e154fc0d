package io.github.appstream4j.internal;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.RetryEvent;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.WaitPolicy;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/** Builder behind {@link ImageBuilders#builder()}; public only so the interface can reach it. */
public final class DefaultImageBuildersBuilder implements ImageBuilders.Builder {
  static final int SCHEDULER_THREADS = 2;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private AppStreamClient client;
  private Supplier<AppStreamClient> ownedClient;
  private WaitPolicy waitPolicy = WaitPolicy.defaults();
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Clock clock;
  private ScheduledExecutorService scheduler;
  private Random random;
  private Consumer<RetryEvent> onRetry = e -> { };
  private Executor futureCompletionExecutor;

  /** A builder whose facade builds, and later closes, its own SDK client with SDK retries off. */
  public static DefaultImageBuildersBuilder withDefaultClient() {
    return withOwnedClient(() -> DefaultClients.builder().build());
  }

  /** A builder whose facade builds its client with {@code factory} when built and closes it on close(). */
  public static DefaultImageBuildersBuilder withOwnedClient(Supplier<AppStreamClient> factory) {
    DefaultImageBuildersBuilder b = new DefaultImageBuildersBuilder();
    b.ownedClient = Checks.notNull(factory, "factory");
    return b;
  }

  @Override
  public ImageBuilders.Builder client(AppStreamClient client) {
    this.client = Checks.notNull(client, "client");
    return this;
  }

  @Override
  public ImageBuilders.Builder waitPolicy(WaitPolicy waitPolicy) {
    this.waitPolicy = Checks.notNull(waitPolicy, "waitPolicy");
    return this;
  }

  @Override
  public ImageBuilders.Builder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Checks.notNull(retryPolicy, "retryPolicy");
    return this;
  }

  @Override
  public ImageBuilders.Builder clock(Clock clock) {
    this.clock = Checks.notNull(clock, "clock");
    return this;
  }

  @Override
  public ImageBuilders.Builder scheduler(ScheduledExecutorService scheduler) {
    this.scheduler = Checks.notNull(scheduler, "scheduler");
    return this;
  }

  @Override
  public ImageBuilders.Builder random(Random random) {
    this.random = Checks.notNull(random, "random");
    return this;
  }

  @Override
  public ImageBuilders.Builder onRetry(Consumer<RetryEvent> listener) {
    this.onRetry = Checks.notNull(listener, "listener");
    return this;
  }

  @Override
  public ImageBuilders.Builder futureCompletionExecutor(Executor executor) {
    this.futureCompletionExecutor = Checks.notNull(executor, "executor");
    return this;
  }

  @Override
  public ImageBuilders build() {
    if (client == null && ownedClient == null) {
      throw new IllegalStateException(
          "client must be set (or use ImageBuilders.create() for a default client)");
    }
    if (client != null && ownedClient != null) {
      throw new IllegalStateException("client was set on a builder that creates its own client");
    }
    if (clock != null && scheduler == null) {
      throw new IllegalStateException("clock was set without a scheduler: timeouts would run on real time "
          + "while elapsed time is read from " + clock + "; set the scheduler that goes with the clock");
    }
    ScheduledExecutorService ownScheduler = scheduler == null ? newScheduler() : null;
    ScheduledExecutorService s = scheduler == null ? ownScheduler : scheduler;
    AppStreamClient ownClient = client == null ? ownedClient.get() : null;
    AppStreamClient c = client == null ? ownClient : client;
    Random r = random == null ? new Random() : random;
    ApiCalls calls = new ApiCalls(c, retryPolicy, s, r, onRetry);
    // With the facade's own small pool, callbacks go elsewhere so that a blocking one cannot starve the
    // polls; an injected scheduler (e.g. virtual time) completes them itself, which keeps tests deterministic.
    Executor completions = futureCompletionExecutor != null ? futureCompletionExecutor
        : scheduler == null ? ForkJoinPool.commonPool() : scheduler;
    Engine engine = new Engine(clock == null ? Clock.systemUTC() : clock, s, waitPolicy, r, calls,
        completions);
    return new DefaultImageBuilders(engine, ownScheduler, ownClient);
  }

  private static ScheduledExecutorService newScheduler() {
    ThreadFactory daemon = task -> {
      Thread t = new Thread(task, "appstream4j-scheduler-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(SCHEDULER_THREADS, daemon);
    pool.setRemoveOnCancelPolicy(true);
    return pool;
  }
}
