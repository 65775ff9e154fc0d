package io.github.appstream4j.testing.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.testing.FakeOperation;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.LatestAppstreamAgentVersion;
import software.amazon.awssdk.services.appstream.model.PlatformType;

class FakeAppStreamLifecycleTest extends ManualFakeTest {

    @Test
    void create_newBuilder_isPendingThenRunningAfterStartDuration() {
        ImageBuilder created = client.createImageBuilder(r -> r.name("b1").instanceType("stream.standard.small")
                .imageName("AppStream-WinServer2019-06-12-2023").description("d").displayName("B 1")).imageBuilder();

        assertThat(created.state()).isEqualTo(ImageBuilderState.PENDING);
        assertThat(created.arn()).isEqualTo("arn:aws:appstream:us-east-1:123456789012:image-builder/b1");
        assertThat(created.imageArn()).isEqualTo("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-12-2023");
        assertThat(created.platform()).isEqualTo(PlatformType.WINDOWS_SERVER_2019);
        assertThat(created.createdTime()).isEqualTo(time.now().truncatedTo(ChronoUnit.MILLIS));
        assertThat(created.description()).isEqualTo("d");
        assertThat(created.displayName()).isEqualTo("B 1");
        assertThat(created.instanceType()).isEqualTo("stream.standard.small");

        time.advance(Duration.ofMinutes(20).minusNanos(1));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.PENDING);
        time.advance(Duration.ofNanos(1));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.RUNNING);
    }

    @Test
    void start_stoppedBuilder_isPendingThenRunningWithAgentVersion() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);

        ImageBuilder started = client.startImageBuilder(r -> r.name("b1").appstreamAgentVersion("[LATEST]"))
                .imageBuilder();

        assertThat(started.state()).isEqualTo(ImageBuilderState.PENDING);
        assertThat(started.appstreamAgentVersion()).isEqualTo("[LATEST]");
        assertThat(started.latestAppstreamAgentVersion()).isEqualTo(LatestAppstreamAgentVersion.TRUE);
        time.advance(Duration.ofMinutes(20));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.RUNNING);
    }

    @Test
    void stop_runningBuilder_isStoppingThenStopped() {
        fake.givenImageBuilder("b1", ImageBuilderState.RUNNING);

        assertThat(client.stopImageBuilder(r -> r.name("b1")).imageBuilder().state())
                .isEqualTo(ImageBuilderState.STOPPING);
        time.advance(Duration.ofMinutes(4));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.STOPPING);
        time.advance(Duration.ofMinutes(1));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.STOPPED);
    }

    @Test
    void delete_stoppedBuilder_isDeletingThenGone() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);

        assertThat(client.deleteImageBuilder(r -> r.name("b1")).imageBuilder().state())
                .isEqualTo(ImageBuilderState.DELETING);
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.DELETING);
        time.advance(Duration.ofMinutes(2));
        assertThat(fake.imageBuilder("b1")).isEmpty();
        assertThat(client.describeImageBuilders().imageBuilders()).isEmpty();
    }

    @Test
    void delete_failedBuilder_isAllowed() {
        fake.givenImageBuilder("b1", ImageBuilderState.FAILED);

        assertThat(client.deleteImageBuilder(r -> r.name("b1")).imageBuilder().state())
                .isEqualTo(ImageBuilderState.DELETING);
    }

    @Test
    void fullCycle_createStopStartDelete_journalsEveryCall() {
        client.createImageBuilder(r -> r.name("b1").instanceType("stream.standard.small").imageName("img"));
        time.advance(Duration.ofMinutes(20));
        client.stopImageBuilder(r -> r.name("b1"));
        time.advance(Duration.ofMinutes(5));
        client.startImageBuilder(r -> r.name("b1"));
        time.advance(Duration.ofMinutes(20));
        client.stopImageBuilder(r -> r.name("b1"));
        time.advance(Duration.ofMinutes(5));
        client.deleteImageBuilder(r -> r.name("b1"));

        assertThat(fake.journal()).extracting(e -> e.operation().wireName() + ":" + e.outcome())
                .containsExactly("CreateImageBuilder:ok", "StopImageBuilder:ok", "StartImageBuilder:ok",
                        "StopImageBuilder:ok", "DeleteImageBuilder:ok");
        assertThat(fake.callCount(FakeOperation.STOP_IMAGE_BUILDER)).isEqualTo(2);
        assertThat(fake.journal().get(4).time()).isEqualTo(time.now());
    }

    @Test
    void client_serviceNameAndClose_work() {
        assertThat(client.serviceName()).isEqualTo("appstream");
        client.close();
        assertThat(client.describeImageBuilders().imageBuilders()).isEmpty();
    }
}
