package io.github.appstream4j.testing.internal.fake;

import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.FakeOperation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which faults hit the next call of an operation. Deterministic: "next" faults are consumed in the order
 * they were injected; each random rule for the operation draws once per call from one seeded {@link Random},
 * in the order the rules were added.
 */
public final class FaultPlan {

    /** What to do to one call: wait {@code delay}, then fail with {@code error} unless it is null. */
    public record Decision(Duration delay, Fault error) {
    }

    private record RandomRule(FakeOperation operation, double probability, Fault fault) {
    }

    private final Random random;
    private final Map<FakeOperation, Deque<Fault>> next = new EnumMap<>(FakeOperation.class);
    private final List<RandomRule> randomRules = new ArrayList<>();

    public FaultPlan(long seed) {
        this.random = new Random(seed);
    }

    public synchronized void next(FakeOperation operation, int times, Fault fault) {
        Deque<Fault> queue = next.computeIfAbsent(operation, op -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    public synchronized void randomly(FakeOperation operation, double probability, Fault fault) {
        randomRules.add(new RandomRule(operation, probability, fault));
    }

    public synchronized void clear() {
        next.clear();
        randomRules.clear();
    }

    public synchronized Decision decide(FakeOperation operation) {
        List<Fault> hits = new ArrayList<>();
        Deque<Fault> queue = next.get(operation);
        if (queue != null && !queue.isEmpty()) {
            hits.add(queue.poll());
        }
        for (RandomRule rule : randomRules) {
            if (rule.operation() == operation && random.nextDouble() < rule.probability()) {
                hits.add(rule.fault());
            }
        }
        Duration delay = Duration.ZERO;
        Fault error = null;
        for (Fault hit : hits) {
            delay = delay.plus(hit.delay());
            if (error == null && hit.errorCode().isPresent()) {
                error = hit;
            }
        }
        return new Decision(delay, error);
    }
}
