package io.github.appstream4j.benchmarks;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.ImageBuilderFixtures;
import io.github.appstream4j.testing.VirtualTime;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * A facade with default wait and retry policies over a {@link FakeAppStream} on {@link VirtualTime}, with a
 * seeded random, so the same calls poll the same way on every run: a start takes 20 virtual minutes.
 */
final class Simulation implements AutoCloseable {
    static final long SEED = 20240101L;

    final VirtualTime time;
    final FakeAppStream fake;
    final ImageBuilders builders;

    private Simulation(VirtualTime time) {
        this.time = time;
        this.fake = FakeAppStream.builder().virtualTime(time).seed(SEED).build();
        this.builders = ImageBuilders.builder().client(fake.client()).clock(time.clock())
                .scheduler(time.scheduler()).random(new Random(SEED)).build();
    }

    /** Auto-advancing time: a blocking {@code awaitRunning()} returns once the driver thread got there. */
    static Simulation auto() {
        return new Simulation(VirtualTime.create());
    }

    /** Manual time: {@link #runUntil} runs every task on the calling thread, no other thread involved. */
    static Simulation manual() {
        return new Simulation(VirtualTime.manual());
    }

    /** Seeds (or resets) a STOPPED builder with every member a real one has. */
    Simulation stopped(String name) {
        fake.givenImageBuilder(ImageBuilderFixtures.stopped(name));
        return this;
    }

    <T> T runUntil(CompletableFuture<T> future) {
        return time.runUntil(future);
    }

    int describeCalls() {
        return fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS);
    }

    static boolean isRunning(ImageBuilder b) {
        return b.stateAsString().filter("RUNNING"::equals).isPresent();
    }

    @Override
    public void close() {
        builders.close();
        fake.close();
        time.close();
    }
}
