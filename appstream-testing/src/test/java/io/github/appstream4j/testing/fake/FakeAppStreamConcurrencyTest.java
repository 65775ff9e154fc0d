package io.github.appstream4j.testing.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.model.ConcurrentModificationException;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class FakeAppStreamConcurrencyTest extends ManualFakeTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 50;

    @Test
    void concurrentClients_eachCallSeesOneConsistentState() throws Exception {
        fake.givenImageBuilder("shared", ImageBuilderState.STOPPED);
        AtomicInteger sharedStarts = new AtomicInteger();
        AtomicInteger sharedConflicts = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(() -> {
                go.await();
                for (int i = 0; i < ROUNDS; i++) {
                    String name = "t" + thread + "-" + i;
                    client.createImageBuilder(r -> r.name(name).instanceType("stream.standard.small").imageName("img"));
                    client.describeImageBuilders(r -> r.names(name));
                    try {
                        client.startImageBuilder(r -> r.name("shared"));
                        sharedStarts.incrementAndGet();
                    } catch (ConcurrentModificationException expected) {
                        sharedConflicts.incrementAndGet();
                    }
                    client.describeImageBuilders(r -> r.maxResults(5));
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> done = new ArrayList<>();
            workers.forEach(w -> done.add(pool.submit(w)));
            go.countDown();
            for (Future<Void> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int perOperation = THREADS * ROUNDS;
        assertThat(sharedStarts).hasValue(1);
        assertThat(sharedConflicts).hasValue(perOperation - 1);
        assertThat(fake.callCount(FakeOperation.CREATE_IMAGE_BUILDER)).isEqualTo(perOperation);
        assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(2 * perOperation);
        assertThat(fake.journal(FakeOperation.CREATE_IMAGE_BUILDER)).allMatch(JournalEntry::succeeded);
        assertThat(fake.journal()).hasSize(4 * perOperation);
        assertThat(client.describeImageBuilders(r -> r.maxResults(1000)).imageBuilders()).hasSize(perOperation + 1);
        assertThat(describe("shared")).isEqualTo(ImageBuilderState.PENDING);
    }
}
