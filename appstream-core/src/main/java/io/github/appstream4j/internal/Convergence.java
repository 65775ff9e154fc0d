package io.github.appstream4j.internal;

import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One start, stop or watch: describes, decides ({@link Goal}), calls Start/Stop when needed, and polls
 * through the {@link Poller} until the goal, a failure, the timeout or cancellation. Callbacks arrive on
 * scheduler threads; they are serialized by the monitor.
 */
final class Convergence implements Poller.Target {
  static final int MIN_ACT_ATTEMPTS = 3;
  private static final Logger LOG = LoggerFactory.getLogger("io.github.appstream4j.ImageBuilders");

  private final Engine engine;
  private final String name;
  private final Goal goal;
  private final boolean acting;
  private final String agentVersion;
  private final Instant startedAt;
  final CompletableFuture<ImageBuilder> result = new CompletableFuture<>();
  final CompletableFuture<ImageBuilder> first = new CompletableFuture<>();
  private final List<Future<?>> timers = new CopyOnWriteArrayList<>();
  private volatile ImageBuilder lastSeen;
  private volatile int polls;
  private Instant actedAt;
  /** Start/Stop attempts made so far, across the calls a race made again. */
  private int actAttempts;
  private boolean warnedUnknown;
  private PollSchedule schedule;

  /** {@code acting}: a start/stop that may call the API; a watch passes false and never calls. */
  Convergence(Engine engine, String name, Goal goal, boolean acting, String agentVersion) {
    this.engine = engine;
    this.name = name;
    this.goal = goal;
    this.acting = acting;
    this.agentVersion = agentVersion;
    this.startedAt = engine.clock.instant();
    this.actedAt = acting ? null : startedAt;
    // The initial delay is for a transition this operation started; one already under way may be close
    // to its end, so it is polled at the poll interval from the first Describe on.
    this.schedule = new PollSchedule(engine.waitPolicy, engine.random, false);
  }

  /**
   * Begins: registers, then on the scheduler asks for the first Describe and arms the policy timeout (from
   * there, so that a virtual-time driver sees the Describe due before it can jump to the deadline).
   */
  Convergence begin() {
    engine.live.add(this);
    result.whenComplete((b, e) -> finish(e));
    try {
      engine.scheduler.execute(() -> {
        engine.poller.enqueue(this, Duration.ZERO);
        Duration timeout = engine.waitPolicy.timeout();
        arm(timeout, timeout.minus(elapsed()));
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      fail(new IllegalStateException("ImageBuilders is closed", e));
    }
    return this;
  }

  /** Fails the operation with a timeout once {@code timeout} has passed, unless it is done by then. */
  void limit(Duration timeout) {
    arm(timeout, timeout);
  }

  private void arm(Duration timeout, Duration delay) {
    if (!result.isDone()) {
      long millis = Math.max(0, Checks.saturatedMillis(delay));
      timers.add(engine.scheduler.schedule(() -> timeOut(timeout), millis, TimeUnit.MILLISECONDS));
      if (result.isDone()) {
        timers.forEach(t -> t.cancel(false));
      }
    }
  }

  Engine engine() {
    return engine;
  }

  ImageBuilder lastSeen() {
    return lastSeen;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean isDone() {
    return result.isDone();
  }

  @Override
  public synchronized void onObserved(ImageBuilder b) {
    if (result.isDone()) {
      return;
    }
    polls++;
    if (LOG.isDebugEnabled()) {
      LOG.debug("Image builder {}: poll {} saw {} (elapsed {})", name, polls, Texts.state(b),
          Texts.duration(elapsed()));
    }
    record(b);
    ImageBuilderState state = b.state().orElse(ImageBuilderState.UNKNOWN);
    switch (goal.decide(state.kind(), actedAt != null, inGrace())) {
      case DONE:
        complete(b);
        break;
      case POLL:
        warnIfUnknown(state, b);
        engine.poller.enqueue(this, schedule.next());
        break;
      case ACT:
        act();
        break;
      case UNEXPECTED:
        fail(Failures.unexpected(where(), goal, acting, engine.waitPolicy.startGracePeriod()));
        break;
      case FAILED:
        fail(Failures.failed(where()));
        break;
      default:
        fail(Failures.notFound(where()));
    }
  }

  @Override
  public synchronized void onMissing() {
    polls++;
    fail(Failures.notFound(where()));
  }

  @Override
  public void onFailed(Throwable error) {
    fail(Failures.fromCall(where(), error));
  }

  private void act() {
    Instant at = engine.clock.instant();
    LOG.debug("Image builder {}: calling {}", name, operation());
    int allowed = Math.min(engine.calls.maxAttempts(), actBudget() - actAttempts);
    CompletableFuture<ImageBuilder> call = goal == Goal.RUNNING
        ? engine.calls.start(name, agentVersion, allowed, result::isDone)
        : engine.calls.stop(name, allowed, result::isDone);
    call.whenComplete((b, error) -> onActed(at, b, error));
  }

  private String operation() {
    return goal == Goal.RUNNING ? ApiCalls.START : ApiCalls.STOP;
  }

  /**
   * Start/Stop attempts allowed to one operation in all: the retry policy's, but at least {@value
   * #MIN_ACT_ATTEMPTS}, because a race is the state moving, not the service failing, and deserves a second
   * look even under {@code RetryPolicy.none()}.
   */
  private int actBudget() {
    return Math.max(engine.calls.maxAttempts(), MIN_ACT_ATTEMPTS);
  }

  /**
   * After a Start/Stop answered. A race (the state moved under the call) counts as a failed attempt: after
   * the policy's backoff the builder is described again and the decision made afresh, within {@link
   * #actBudget()} attempts in all, retries of throttling and 5xx included.
   */
  private synchronized void onActed(Instant at, ImageBuilder response, Throwable error) {
    if (result.isDone()) {
      return;
    }
    if (error == null) {
      actedAt = at;
      if (response != null) {
        record(response);
      }
      schedule = new PollSchedule(engine.waitPolicy, engine.random, true);
      engine.poller.enqueue(this, schedule.next());
      return;
    }
    if (!(error instanceof ApiCallException)) {
      fail(Failures.fromCall(where(), error));
      return;
    }
    ApiCallException call = (ApiCallException) error;
    Throwable cause = call.getCause();
    actAttempts += call.attempts();
    if (RetryClassifier.isRace(cause) && actAttempts < actBudget()) {
      Duration backoff = Duration.ofMillis(engine.calls.backoffMillis(actAttempts));
      engine.calls.retried(operation(), name, actAttempts, backoff, cause);
      redescribeAfter(backoff);
      return;
    }
    // Reported with every attempt of this operation, those before a race included.
    boolean exhausted = call.exhausted() || RetryClassifier.isRace(cause);
    fail(Failures.fromCall(where(), new ApiCallException(operation(), actAttempts, exhausted, cause)));
  }

  // Scheduled exactly (not through the poller's rounding), so the backoff is the one reported.
  private void redescribeAfter(Duration backoff) {
    try {
      timers.add(engine.scheduler.schedule(() -> engine.poller.enqueue(this, Duration.ZERO),
          backoff.toMillis(), TimeUnit.MILLISECONDS));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      fail(new IllegalStateException("ImageBuilders is closed", e));
    }
  }

  private void record(ImageBuilder b) {
    ImageBuilder previous = lastSeen;
    lastSeen = b;
    if (previous != null && !Texts.state(previous).equals(Texts.state(b))) {
      LOG.info("Image builder {}: {} \u2192 {} (elapsed {}, {} polls)", name, Texts.state(previous),
          Texts.state(b), Texts.duration(elapsed()), polls);
    }
    first.complete(b);
  }

  private void warnIfUnknown(ImageBuilderState state, ImageBuilder b) {
    if (state == ImageBuilderState.UNKNOWN && !warnedUnknown) {
      warnedUnknown = true;
      LOG.warn("Image builder {}: state {} is unknown to this library; waiting for {} anyway", name,
          Texts.state(b), goal);
    }
  }

  private synchronized void timeOut(Duration timeout) {
    fail(Failures.timeout(where(), goal, timeout));
  }

  // The outcome is logged before the future completes, so a caller woken by it sees the line.
  private void complete(ImageBuilder b) {
    if (!result.isDone()) {
      LOG.info("Image builder {} is {} after {} ({} polls)", name, goal, Texts.duration(elapsed()), polls);
      result.complete(b);
    }
  }

  private void fail(RuntimeException e) {
    if (!result.isDone()) {
      LOG.info("{}", e.getMessage());
    }
    first.completeExceptionally(e);
    result.completeExceptionally(e);
  }

  private void finish(Throwable error) {
    engine.live.remove(this);
    timers.forEach(t -> t.cancel(false));
    if (!first.isDone()) { // usually answered long before; spare every finished wait an exception
      first.completeExceptionally(error != null ? error : new IllegalStateException("no Describe answered"));
    }
  }

  private boolean inGrace() {
    return actedAt != null
        && Duration.between(actedAt, engine.clock.instant())
            .compareTo(engine.waitPolicy.startGracePeriod()) <= 0;
  }

  private Duration elapsed() {
    return Duration.between(startedAt, engine.clock.instant());
  }

  private Failures.Where where() {
    return new Failures.Where(name, lastSeen, elapsed(), polls);
  }
}
