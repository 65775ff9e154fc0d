package io.github.appstream4j.internal;

import io.github.appstream4j.RetryEvent;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.internal.mapping.ImageBuilderMapper;
import io.github.appstream4j.model.ImageBuilder;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.event.RetryOnRetryEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;

/**
 * The AppStream calls the facade makes, each run on the scheduler inside its own Resilience4j {@link
 * Retry},
 * whose backoff is scheduled on the same scheduler (so virtual time drives it in tests).
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
    this.config = RetryConfig.custom()
        .maxAttempts(policy.maxAttempts())
        .intervalBiFunction(new FullJitterBackoff(policy.initialBackoff(), policy.maxBackoff(), random))
        .retryOnException(RetryClassifier::isRetryable)
        .build();
  }

  /**
   * Describes the named builders, following NextToken (a page may hold fewer than the names asked for);
   * the service fails the whole call if one of them is unknown.
   */
  CompletableFuture<List<ImageBuilder>> describe(List<String> names) {
    return call(DESCRIBE, names, () -> {
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
    return call(DESCRIBE, List.of(), () -> {
      DescribeImageBuildersResponse response = client.describeImageBuilders(r -> r.nextToken(nextToken));
      return new Page(toModel(response), response.nextToken());
    });
  }

  /** Calls StartImageBuilder; completes with the builder in the response, or null when it had none. */
  CompletableFuture<ImageBuilder> start(String name, String agentVersion) {
    return call(START, List.of(name), () -> {
      var sdk = client.startImageBuilder(r -> r.name(name).appstreamAgentVersion(agentVersion))
          .imageBuilder();
      return sdk == null ? null : ImageBuilderMapper.toModel(sdk);
    });
  }

  /** Calls StopImageBuilder; completes with the builder in the response, or null when it had none. */
  CompletableFuture<ImageBuilder> stop(String name) {
    return call(STOP, List.of(name), () -> {
      var sdk = client.stopImageBuilder(r -> r.name(name)).imageBuilder();
      return sdk == null ? null : ImageBuilderMapper.toModel(sdk);
    });
  }

  private static List<ImageBuilder> toModel(DescribeImageBuildersResponse response) {
    return response.imageBuilders().stream().map(ImageBuilderMapper::toModel).collect(Collectors.toList());
  }

  private <T> CompletableFuture<T> call(String operation, List<String> names, Supplier<T> sdkCall) {
    Retry retry = Retry.of(operation, config);
    retry.getEventPublisher().onRetry(e -> onRetry(operation, names, e));
    AtomicInteger attempts = new AtomicInteger();
    Supplier<CompletionStage<T>> attempt = () -> {
      attempts.incrementAndGet();
      try {
        return CompletableFuture.completedFuture(sdkCall.get());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    };
    CompletableFuture<T> result = new CompletableFuture<>();
    Runnable run = () -> Retry.decorateCompletionStage(retry, scheduler, attempt).get()
        .whenComplete((value, error) -> {
          if (error == null) {
            result.complete(value);
          } else {
            Throwable cause = unwrap(error);
            boolean exhausted = RetryClassifier.isRetryable(cause) && attempts.get() >= maxAttempts;
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
    try {
      listener.accept(
          RetryEvent.of(operation, names, e.getNumberOfRetryAttempts(), e.getWaitInterval(), cause));
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
