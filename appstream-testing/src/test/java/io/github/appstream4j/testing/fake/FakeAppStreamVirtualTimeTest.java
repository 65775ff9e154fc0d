package io.github.appstream4j.testing.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** The way the facade uses the fake: a poller on the virtual scheduler, a test thread blocked on its result. */
class FakeAppStreamVirtualTimeTest {

    @Test
    void blockedWaitForTwentyMinuteStart_autoTime_completesAfterFortyPolls() throws Exception {
        try (VirtualTime time = VirtualTime.create(); FakeAppStream fake = FakeAppStream.create(time)) {
            fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);

            ImageBuilder running = startAndPoll(time, fake.client()).get(10, TimeUnit.SECONDS);

            assertThat(running.state()).isEqualTo(ImageBuilderState.RUNNING);
            assertThat(time.now()).isEqualTo(VirtualTime.DEFAULT_START.plus(Duration.ofMinutes(20)));
            assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(40);
        }
    }

    @Test
    void latencyInsideTasks_autoTime_movesTheVirtualClock() throws Exception {
        try (VirtualTime time = VirtualTime.create(); FakeAppStream fake = FakeAppStream.create(time)) {
            fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
                    .injectRandomly(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1.0, Fault.latency(Duration.ofSeconds(1)));

            startAndPoll(time, fake.client()).get(10, TimeUnit.SECONDS);

            // 30 s between the end of one poll and the next, each poll taking 1 s: 39 polls reach 20:09.
            assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(39);
            assertThat(time.now()).isEqualTo(VirtualTime.DEFAULT_START.plus(Duration.ofMinutes(20).plusSeconds(9)));
        }
    }

    private static CompletableFuture<ImageBuilder> startAndPoll(VirtualTime time, AppStreamClient client) {
        CompletableFuture<ImageBuilder> result = new CompletableFuture<>();
        AtomicReference<ScheduledFuture<?>> poller = new AtomicReference<>();
        time.scheduler().execute(() -> {
            client.startImageBuilder(r -> r.name("b1"));
            poller.set(time.scheduler().scheduleWithFixedDelay(() -> {
                ImageBuilder b = client.describeImageBuilders(r -> r.names("b1")).imageBuilders().get(0);
                if (b.state() == ImageBuilderState.RUNNING && result.complete(b)) {
                    poller.get().cancel(false);
                }
            }, 30, 30, TimeUnit.SECONDS));
        });
        return result;
    }
}
