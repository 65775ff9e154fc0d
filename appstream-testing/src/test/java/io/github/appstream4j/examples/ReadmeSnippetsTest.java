package io.github.appstream4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderResponse;

/** The README's smaller snippets, kept compiling and true. */
class ReadmeSnippetsTest {

    @Test
    void withoutJUnit_fakeAndVirtualTime_startTakesTwentyVirtualMinutes() {
        ImageBuilder running;
        Duration virtual;
        try (VirtualTime time = VirtualTime.create();
             FakeAppStream fake = FakeAppStream.create(time);
             ImageBuilders builders = ImageBuilders.builder()
                     .client(fake.client()).clock(time.clock()).scheduler(time.scheduler()).random(new Random(1))
                     .build()) {
            fake.givenImageBuilder("b", ImageBuilderState.STOPPED);
            running = builders.start("b").awaitRunning();
            virtual = Duration.between(VirtualTime.DEFAULT_START, time.now());
        }
        assertThat(running.state()).contains(ImageBuilderState.RUNNING);
        assertThat(virtual).isBetween(Duration.ofMinutes(20), Duration.ofMinutes(21));
    }

    @Test
    void wireEmulator_fromJava_realSdkClientStartsTheBuilder() {
        StartImageBuilderResponse started;
        String host;
        try (FakeAppStream fake = FakeAppStream.create();
             LocalAppStreamServer server = LocalAppStreamServer.start(fake)) {
            AppStreamClient sdk = server.client();
            fake.givenImageBuilder("demo", ImageBuilderState.STOPPED);
            started = sdk.startImageBuilder(r -> r.name("demo"));
            host = server.endpoint().getHost();
        }
        assertThat(started.imageBuilder().stateAsString()).isEqualTo("PENDING");
        assertThat(host).isEqualTo("127.0.0.1");
    }
}
