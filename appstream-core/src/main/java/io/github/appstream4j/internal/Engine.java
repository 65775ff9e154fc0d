package io.github.appstream4j.internal;

import io.github.appstream4j.WaitPolicy;
import java.time.Clock;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/** What every wait of one facade shares. */
final class Engine {
  final Clock clock;
  final ScheduledExecutorService scheduler;
  final WaitPolicy waitPolicy;
  final Random random;
  final Executor futureCompletionExecutor;
  final ApiCalls calls;
  final Poller poller;
  final Set<Convergence> live = ConcurrentHashMap.newKeySet();
  final AtomicBoolean closed = new AtomicBoolean();

  Engine(Clock clock, ScheduledExecutorService scheduler, WaitPolicy waitPolicy, Random random,
      ApiCalls calls, Executor futureCompletionExecutor) {
    this.clock = clock;
    this.scheduler = scheduler;
    this.waitPolicy = waitPolicy;
    this.random = random;
    this.calls = calls;
    this.futureCompletionExecutor = futureCompletionExecutor;
    this.poller = new Poller(calls, clock, scheduler);
  }

  void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("ImageBuilders is closed");
    }
  }
}
