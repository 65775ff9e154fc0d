package io.github.appstream4j.internal;

import io.github.appstream4j.RetryEvent;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.internal.mapping.ImageBuilderMapper;
import io.github.appstream4j.model.ImageBuilder;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.event.RetryOnRetryEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;

/**
 * The AppStream calls the facade makes, each run on the scheduler inside its own Resilience4j {@link
 * Retry}, whose backoff is scheduled on the same scheduler (so virtual time drives it in tests).
 *
 * <p>Every attempt first asks whether anyone still wants the answer: a call whose future was cancelled,
 * whose callers have all finished ({@code abandoned}), or whose facade was closed makes no further request,
 * even while a backoff is pending.
 *
 * <p>Start and Stop do not retry the "state moved" errors ({@link RetryClassifier#isRace}): the caller
 * describes again and decides, because a blind retry of a Start may no longer be what the state calls for.
 */
public final class ApiCalls {
  static final String DESCRIBE = "DescribeImageBuilders";
  static final String START = "StartImageBuilder";
  static final String STOP = "StopImageBuilder";

  private static final Logger LOG = LoggerFactory.getLogger(ApiCalls.class);

  private final AppStreamClient client;
  private final ScheduledExecutorService scheduler;
  private final RetryConfig config;
  private final int maxAttempts;
  private final Consumer<RetryEvent> listener;
  private final FullJitterBackoff backoff;
  private final RetryConfig actConfig;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();

  /** A page of a listing. */
  public static final class Page {
    final List<ImageBuilder> builders;
    final String nextToken;

    Page(List<ImageBuilder> builders, String nextToken) {
      this.builders = builders;
      this.nextToken = nextToken;
    }
  }

  ApiCalls(AppStreamClient client, RetryPolicy policy, ScheduledExecutorService scheduler, Random random,
      Consumer<RetryEvent> listener) {
    this.client = client;
    this.scheduler = scheduler;
    this.maxAttempts = policy.maxAttempts();
    this.listener = listener;
    this.backoff = new FullJitterBackoff(policy.initialBackoff(), policy.maxBackoff(), random);
    this.config = RetryConfig.custom()
        .maxAttempts(policy.maxAttempts())
        .intervalBiFunction(backoff)
        .retryOnException(RetryClassifier::isRetryable)
        .build();
    this.actConfig = RetryConfig.from(config)
        .retryOnException(t -> RetryClassifier.isRetryable(t) && !RetryClassifier.isRace(t))
        .build();
  }

  /** Attempts per call allowed by the retry policy. */
  int maxAttempts() {
    return maxAttempts;
  }

  /** The backoff before retry number {@code attempt} (from 1), jittered; the same function as the calls'. */
  long backoffMillis(int attempt) {
    return backoff.apply(attempt, null);
  }

  /** Tells the listener of a retry the caller makes itself (a Start/Stop after a race). */
  void retried(String operation, String name, int attempt, Duration delay, Throwable cause) {
    LOG.debug("{} [{}] attempt {} failed ({}); describing again in {}", operation, name, attempt,
        Texts.error(cause), delay);
    notify(RetryEvent.of(operation, List.of(name), attempt, delay, cause));
  }

  /**
   * Makes every call give up before its next attempt, and fails the calls in flight at once: a retry that
   * a shut-down scheduler will never run must not leave a caller blocked on its result.
   */
  void close() {
    closed.set(true);
    for (CompletableFuture<?> call : List.copyOf(inFlight)) {
      call.completeExceptionally(new IllegalStateException("ImageBuilders is closed"));
    }
  }

  /**
   * Describes the named builders, following NextToken (a page may hold fewer than the names asked for);
   * the service fails the whole call if one of them is unknown.
   */
  CompletableFuture<List<ImageBuilder>> describe(List<String> names) {
    return describe(names, () -> false);
  }

  /** As {@link #describe(List)}; gives up before any attempt once {@code abandoned} says so. */
  CompletableFuture<List<ImageBuilder>> describe(List<String> names, BooleanSupplier abandoned) {
    return call(DESCRIBE, names, config, abandoned, () -> {
      List<ImageBuilder> all = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        DescribeImageBuildersResponse page =
            client.describeImageBuilders(r -> r.names(names).nextToken(next));
        all.addAll(toModel(page));
        token = page.nextToken();
      } while (token != null && !token.isEmpty());
      return all;
    });
  }

  CompletableFuture<Page> page(String nextToken) {
    return call(DESCRIBE, List.of(), config, () -> false, () -> {
      DescribeImageBuildersResponse response = client.describeImageBuilders(r -> r.nextToken(nextToken));
      return new Page(toModel(response), response.nextToken());
    });
  }

  /**
   * Calls StartImageBuilder; completes with the builder in the response, or null when it had none. Race
   * errors are not retried here (see the class comment).
   */
  CompletableFuture<ImageBuilder> start(String name, String agentVersion, int attempts,
      BooleanSupplier abandoned) {
    return call(START, List.of(name), actConfig(attempts), abandoned, () -> {
      var sdk = client.startImageBuilder(r -> r.name(name).appstreamAgentVersion(agentVersion))
          .imageBuilder();
      return sdk == null ? null : ImageBuilderMapper.toModel(sdk);
    });
  }

  /** Calls StopImageBuilder, as {@link #start}. */
  CompletableFuture<ImageBuilder> stop(String name, int attempts, BooleanSupplier abandoned) {
    return call(STOP, List.of(name), actConfig(attempts), abandoned, () -> {
      var sdk = client.stopImageBuilder(r -> r.name(name)).imageBuilder();
      return sdk == null ? null : ImageBuilderMapper.toModel(sdk);
    });
  }

  /** The Start/Stop retry configuration, allowing {@code attempts} (what is left of the caller's budget). */
  private RetryConfig actConfig(int attempts) {
    return attempts == maxAttempts ? actConfig : RetryConfig.from(actConfig).maxAttempts(attempts).build();
  }

  private static List<ImageBuilder> toModel(DescribeImageBuildersResponse response) {
    return response.imageBuilders().stream().map(ImageBuilderMapper::toModel).collect(Collectors.toList());
  }

  private <T> CompletableFuture<T> call(String operation, List<String> names, RetryConfig retryConfig,
      BooleanSupplier abandoned, Supplier<T> sdkCall) {
    Retry retry = Retry.of(operation, retryConfig);
    retry.getEventPublisher().onRetry(e -> onRetry(operation, names, e));
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<T> result = new CompletableFuture<>();
    inFlight.add(result);
    result.whenComplete((v, e) -> inFlight.remove(result));
    if (closed.get()) {
      result.completeExceptionally(new IllegalStateException("ImageBuilders is closed"));
      return result;
    }
    int allowed = retryConfig.getMaxAttempts();
    Supplier<CompletionStage<T>> attempt = () -> {
      if (result.isDone() || closed.get() || abandoned.getAsBoolean()) {
        return CompletableFuture.failedFuture(new CancellationException(operation + " no longer needed"));
      }
      attempts.incrementAndGet();
      try {
        return CompletableFuture.completedFuture(sdkCall.get());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    };
    Runnable run = () -> Retry.decorateCompletionStage(retry, scheduler, attempt).get()
        .whenComplete((value, error) -> {
          if (error == null) {
            result.complete(value);
          } else if (unwrap(error) instanceof CancellationException) {
            result.completeExceptionally(closed.get()
                ? new IllegalStateException("ImageBuilders is closed") : unwrap(error));
          } else {
            Throwable cause = unwrap(error);
            boolean exhausted = RetryClassifier.isRetryable(cause) && attempts.get() >= allowed;
            result.completeExceptionally(new ApiCallException(operation, attempts.get(), exhausted, cause));
          }
        });
    try {
      scheduler.execute(run);
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(new IllegalStateException("ImageBuilders is closed", e));
    }
    return result;
  }

  private void onRetry(String operation, List<String> names, RetryOnRetryEvent e) {
    Throwable cause = e.getLastThrowable();
    LOG.debug("{} {} attempt {} failed ({}); retrying in {}", operation, names, e.getNumberOfRetryAttempts(),
        Texts.error(cause), e.getWaitInterval());
    notify(RetryEvent.of(operation, names, e.getNumberOfRetryAttempts(), e.getWaitInterval(), cause));
  }

  private void notify(RetryEvent event) {
    try {
      listener.accept(event);
    } catch (RuntimeException listenerError) {
      LOG.warn("onRetry listener failed; ignored", listenerError);
    }
  }

  static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
