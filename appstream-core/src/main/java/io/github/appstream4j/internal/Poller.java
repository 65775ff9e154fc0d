package io.github.appstream4j.internal;

import io.github.appstream4j.model.ImageBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that knows every pending poll of a facade. Due times are rounded to the nearest tick, so
 * waits due in the same tick share one {@code DescribeImageBuilders(Names=[...])} (in chunks). Because the
 * service fails the whole call when one name is unknown, such a batch falls back to one call per name.
 */
final class Poller {
  static final long TICK_MILLIS = 1000;
  static final int CHUNK = 50;

  private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

  /** A wait that wants Describe answers. */
  interface Target {
    String name();

    boolean isDone();

    void onObserved(ImageBuilder builder);

    void onMissing();

    void onFailed(Throwable error);
  }

  private final ApiCalls calls;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final Map<Long, List<Target>> slots = new TreeMap<>();

  Poller(ApiCalls calls, Clock clock, ScheduledExecutorService scheduler) {
    this.calls = calls;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /** Asks for a Describe of {@code target} after {@code delay}; zero means now, without rounding. */
  void enqueue(Target target, Duration delay) {
    long now = clock.millis();
    // A delay of centuries is as good as never; bounding it keeps the arithmetic below from overflowing.
    long millis = Math.min(Checks.saturatedMillis(delay), Long.MAX_VALUE / 4);
    long due = delay.isZero() ? now : Math.max(now, roundToTick(now + millis));
    boolean first;
    synchronized (slots) {
      List<Target> slot = slots.get(due);
      first = slot == null;
      if (first) {
        slot = new ArrayList<>();
        slots.put(due, slot);
      }
      slot.add(target);
    }
    if (first) {
      try {
        scheduler.schedule(() -> fire(due), due - now, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        target.onFailed(new IllegalStateException("ImageBuilders is closed", e));
      }
    }
  }

  /** The number of waits holding a slot (diagnostics). */
  int pending() {
    synchronized (slots) {
      return slots.values().stream().mapToInt(List::size).sum();
    }
  }

  // Nearest rather than up: batching costs no lag on average.
  private static long roundToTick(long millis) {
    return Math.floorDiv(millis + TICK_MILLIS / 2, TICK_MILLIS) * TICK_MILLIS;
  }

  private void fire(long due) {
    List<Target> slot;
    synchronized (slots) {
      slot = slots.remove(due);
    }
    if (slot == null) {
      return;
    }
    Map<String, List<Target>> byName = new LinkedHashMap<>();
    for (Target t : slot) {
      if (!t.isDone()) {
        byName.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t);
      }
    }
    List<String> names = new ArrayList<>(byName.keySet());
    for (int i = 0; i < names.size(); i += CHUNK) {
      describe(names.subList(i, Math.min(names.size(), i + CHUNK)), byName);
    }
  }

  private void describe(List<String> names, Map<String, List<Target>> byName) {
    LOG.debug("Describing {} image builder(s): {}", names.size(), names);
    BooleanSupplier abandoned =
        () -> names.stream().allMatch(n -> byName.get(n).stream().allMatch(Target::isDone));
    calls.describe(List.copyOf(names), abandoned).whenComplete((found, error) -> {
      if (error == null) {
        deliver(names, found, byName);
      } else if (error instanceof CancellationException) {
        LOG.debug("Describe of {} abandoned: every wait in it has ended", names);
      } else if (names.size() > 1 && RetryClassifier.isNotFound(error.getCause())) {
        LOG.debug("Batch of {} has an unknown name; describing one by one", names.size());
        names.forEach(n -> describe(List.of(n), byName));
      } else if (RetryClassifier.isNotFound(error.getCause())) {
        byName.get(names.get(0)).forEach(Target::onMissing);
      } else {
        names.forEach(n -> byName.get(n).forEach(t -> t.onFailed(error)));
      }
    });
  }

  private static void deliver(
      List<String> names, List<ImageBuilder> found, Map<String, List<Target>> byName) {
    Map<String, ImageBuilder> index = found.stream()
        .collect(Collectors.toMap(ImageBuilder::name, Function.identity(), (a, b) -> b, HashMap::new));
    for (String n : names) {
      ImageBuilder b = index.get(n);
      for (Target t : byName.get(n)) {
        if (b == null) {
          t.onMissing();
        } else {
          t.onObserved(b);
        }
      }
    }
  }
}
