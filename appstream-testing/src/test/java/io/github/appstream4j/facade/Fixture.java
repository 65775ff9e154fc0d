package io.github.appstream4j.facade;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.RetryEvent;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.WaitPolicy;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.JournalEntry;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A facade over a fake AppStream on virtual time, with a seeded Random; close() releases all three. */
final class Fixture implements AutoCloseable {
  static final long SEED = 20240101L;
  /** Retries without backoff wait, so the journal shows attempts back to back. */
  static final RetryPolicy QUICK_RETRIES =
      RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build();

  final VirtualTime time;
  final FakeAppStream fake;
  final ImageBuilders builders;
  final List<RetryEvent> retries = new CopyOnWriteArrayList<>();

  private Fixture(VirtualTime time, UnaryOperator<ImageBuilders.Builder> config) {
    this.time = time;
    this.fake = FakeAppStream.builder().virtualTime(time).seed(SEED).build();
    this.builders = config.apply(ImageBuilders.builder().client(fake.client()).clock(time.clock())
        .scheduler(time.scheduler()).random(new Random(SEED)).onRetry(retries::add)).build();
  }

  /** Auto-advancing virtual time: sync waits return in milliseconds. */
  static Fixture auto() {
    return new Fixture(VirtualTime.create(), b -> b);
  }

  static Fixture auto(UnaryOperator<ImageBuilders.Builder> config) {
    return new Fixture(VirtualTime.create(), config);
  }

  /** Manual virtual time: a fixed, reproducible timeline driven by the test. */
  static Fixture manual(UnaryOperator<ImageBuilders.Builder> config) {
    return new Fixture(VirtualTime.manual(), config);
  }

  static UnaryOperator<ImageBuilders.Builder> waitPolicy(UnaryOperator<WaitPolicy.Builder> p) {
    return b -> b.waitPolicy(p.apply(WaitPolicy.builder()).build());
  }

  /** The journal's operations with runs of the same operation folded into one: "Describe, Start, Describe". */
  List<String> calls() {
    List<String> folded = new ArrayList<>();
    for (JournalEntry e : fake.journal()) {
      String op = e.operation().wireName().replace("ImageBuilders", "").replace("ImageBuilder", "");
      if (folded.isEmpty() || !folded.get(folded.size() - 1).equals(op)) {
        folded.add(op);
      }
    }
    return folded;
  }

  int count(FakeOperation op) {
    return fake.callCount(op);
  }

  List<String> outcomes(FakeOperation op) {
    return fake.journal(op).stream().map(JournalEntry::outcome).collect(Collectors.toList());
  }

  @Override
  public void close() {
    builders.close();
    fake.close();
    time.close();
  }
}
