package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.LocalAppStreamServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** Twelve SDK clients at once, each with its own builder, some sharing one client: no lost or mixed answers. */
class ConcurrentClientsTest {
    private static final int CLIENTS = 12;
    private static final int ROUNDS = 40;

    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @Test
    void manyClients_hammeringAtOnce_allAnsweredCorrectly() throws Exception {
        Duration zero = Duration.ZERO;
        try (FakeAppStream fake = FakeAppStream.builder().defaultDurations(FakeDurations.of(zero, zero, zero)).build();
                LocalAppStreamServer server = LocalAppStreamServer.start(fake)) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Set<String>>> results = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    String name = "concurrent-" + i;
                    boolean shared = i % 3 == 0;
                    results.add(pool.submit(worker(server, name, shared, go)));
                }
                go.countDown();
                for (int i = 0; i < CLIENTS; i++) {
                    // every worker saw its own builder in every full listing, among up to all the others
                    assertThat(results.get(i).get(60, TimeUnit.SECONDS)).contains("concurrent-" + i)
                            .allMatch(n -> n.startsWith("concurrent-"));
                }
            } finally {
                pool.shutdownNow();
            }
            int perClient = 1 + 2 * ROUNDS + 3;
            assertThat(fake.journal()).hasSize(CLIENTS * perClient).allMatch(e -> e.succeeded(), "succeeded");
            assertThat(fake.callCount(FakeOperation.CREATE_IMAGE_BUILDER)).isEqualTo(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                assertThat(fake.imageBuilder("concurrent-" + i).flatMap(b -> b.stateAsString())).hasValue("RUNNING");
            }
        }
    }

    private static Callable<Set<String>> worker(LocalAppStreamServer server, String name, boolean shared,
            CountDownLatch go) {
        return () -> {
            AppStreamClient sdk = shared ? server.client() : server.newClient();
            try {
                go.await();
                sdk.createImageBuilder(r -> r.name(name).instanceType("stream.standard.small").imageName("Base"));
                Set<String> seen = new HashSet<>();
                for (int round = 0; round < ROUNDS; round++) {
                    List<ImageBuilder> own = sdk.describeImageBuilders(r -> r.names(name)).imageBuilders();
                    assertThat(own).singleElement().extracting(ImageBuilder::name).isEqualTo(name);
                    DescribeImageBuildersResponse page = sdk.describeImageBuilders(r -> r.maxResults(100));
                    assertThat(page.imageBuilders()).extracting(ImageBuilder::name).contains(name);
                    page.imageBuilders().forEach(b -> seen.add(b.name()));
                }
                assertThat(sdk.stopImageBuilder(r -> r.name(name)).imageBuilder().state()).isEqualTo(ImageBuilderState.STOPPING);
                assertThat(sdk.startImageBuilder(r -> r.name(name)).imageBuilder().state()).isEqualTo(ImageBuilderState.PENDING);
                assertThat(sdk.describeImageBuilders(r -> r.names(name)).imageBuilders().get(0).state())
                        .isEqualTo(ImageBuilderState.RUNNING);
                return seen;
            } finally {
                if (!shared) {
                    sdk.close();
                }
            }
        };
    }
}
