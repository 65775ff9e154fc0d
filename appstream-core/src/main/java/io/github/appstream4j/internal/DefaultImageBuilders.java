package io.github.appstream4j.internal;

import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.StartOperation;
import io.github.appstream4j.StartOptions;
import io.github.appstream4j.StopOperation;
import io.github.appstream4j.Watch;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderNames;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/** The facade. Owns the scheduler and client only when it created them. */
final class DefaultImageBuilders implements ImageBuilders {
  private final Engine engine;
  private final ScheduledExecutorService ownedScheduler;
  private final AppStreamClient ownedClient;

  DefaultImageBuilders(Engine engine, ScheduledExecutorService ownedScheduler, AppStreamClient ownedClient) {
    this.engine = engine;
    this.ownedScheduler = ownedScheduler;
    this.ownedClient = ownedClient;
  }

  @Override
  public StartOperation start(String name) {
    return start(name, StartOptions.defaults());
  }

  @Override
  public StartOperation start(String name, StartOptions options) {
    ImageBuilderNames.requireValid(name, "name");
    Checks.notNull(options, "options");
    engine.requireOpen();
    String version = options.appstreamAgentVersion().orElse(null);
    return new Operations.Start(new Convergence(engine, name, Goal.RUNNING, true, version).begin());
  }

  @Override
  public StartOperation start(String name, Consumer<StartOptions.Builder> options) {
    ImageBuilderNames.requireValid(name, "name");
    Checks.notNull(options, "options");
    StartOptions.Builder b = StartOptions.builder();
    options.accept(b);
    return start(name, b.build());
  }

  @Override
  public StopOperation stop(String name) {
    ImageBuilderNames.requireValid(name, "name");
    engine.requireOpen();
    return new Operations.Stop(new Convergence(engine, name, Goal.STOPPED, true, null).begin());
  }

  @Override
  public Watch watch(String name) {
    ImageBuilderNames.requireValid(name, "name");
    engine.requireOpen();
    return new Operations.DefaultWatch(engine, name);
  }

  @Override
  public ImageBuilder get(String name) {
    return find(name).orElseThrow(() -> Failures.notFound(new Failures.Where(name, null, Duration.ZERO, 1)));
  }

  @Override
  public Optional<ImageBuilder> find(String name) {
    ImageBuilderNames.requireValid(name, "name");
    engine.requireOpen();
    try {
      List<ImageBuilder> found = call(name, engine.calls.describe(List.of(name)));
      return found.stream().filter(b -> b.name().equals(name)).findFirst();
    } catch (ImageBuilderNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Stream<ImageBuilder> list() {
    engine.requireOpen();
    Iterator<ImageBuilder> pages = new Iterator<>() {
      private Iterator<ImageBuilder> page = List.<ImageBuilder>of().iterator();
      private String token;
      private boolean last;

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && !last) {
          ApiCalls.Page p = call("*", engine.calls.page(token));
          page = p.builders.iterator();
          token = p.nextToken;
          last = token == null || token.isEmpty();
        }
        return page.hasNext();
      }

      @Override
      public ImageBuilder next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private <T> T call(String name, java.util.concurrent.CompletableFuture<T> call) {
    try {
      return Await.await(call, name, () -> null, () -> call.cancel(false));
    } catch (ApiCallException e) {
      throw Failures.fromCall(new Failures.Where(name, null, Duration.ZERO, 0), e);
    }
  }

  @Override
  public void close() {
    if (!engine.closed.compareAndSet(false, true)) {
      return;
    }
    List.copyOf(engine.live).forEach(c -> c.result.cancel(false));
    engine.calls.close();
    if (ownedScheduler != null) {
      ownedScheduler.shutdownNow();
    }
    if (ownedClient != null) {
      ownedClient.close();
    }
  }

  @Override
  public String toString() {
    return "ImageBuilders{waitPolicy=" + engine.waitPolicy + ", live=" + engine.live.size() + "}";
  }
}
