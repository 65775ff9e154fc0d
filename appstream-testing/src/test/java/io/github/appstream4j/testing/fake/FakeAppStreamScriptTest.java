package io.github.appstream4j.testing.fake;

import static io.github.appstream4j.testing.fake.ServiceErrorAssert.serviceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.ResourceNotFoundException;

class FakeAppStreamScriptTest extends ManualFakeTest {

    @Test
    void startPhases_showEachStateForItsDurationThenRunning() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s
                .startPhase(ImageBuilderState.PENDING, Duration.ofMinutes(5))
                .startPhase(ImageBuilderState.UPDATING_AGENT, Duration.ofMinutes(3)));

        assertThat(client.startImageBuilder(r -> r.name("b1")).imageBuilder().state())
                .isEqualTo(ImageBuilderState.PENDING);
        time.advance(Duration.ofMinutes(5));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.UPDATING_AGENT);
        time.advance(Duration.ofMinutes(3));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.RUNNING);
    }

    @Test
    void stopPhases_snapshottingThenStopping_endStopped() {
        fake.givenImageBuilder("b1", ImageBuilderState.RUNNING).script("b1", s -> s
                .stopPhase(ImageBuilderState.SNAPSHOTTING, Duration.ofMinutes(1))
                .stopPhase(ImageBuilderState.STOPPING, Duration.ofMinutes(1)));

        assertThat(client.stopImageBuilder(r -> r.name("b1")).imageBuilder().state())
                .isEqualTo(ImageBuilderState.SNAPSHOTTING);
        time.advance(Duration.ofMinutes(1));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.STOPPING);
        time.advance(Duration.ofMinutes(1));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.STOPPED);
    }

    @Test
    void durations_perBuilderAndDefault_areHonoured() {
        try (FakeAppStream quick = FakeAppStream.builder().virtualTime(time)
                .defaultDurations(FakeDurations.of(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ZERO))
                .build()) {
            quick.givenImageBuilder("a", ImageBuilderState.STOPPED).givenImageBuilder("b", ImageBuilderState.STOPPED)
                    .script("b", s -> s.startDuration(Duration.ofSeconds(30)));
            quick.client().startImageBuilder(r -> r.name("a"));
            quick.client().startImageBuilder(r -> r.name("b"));

            time.advance(Duration.ofSeconds(10));

            assertThat(quick.sdkImageBuilder("a").orElseThrow().state()).isEqualTo(ImageBuilderState.RUNNING);
            assertThat(quick.sdkImageBuilder("b").orElseThrow().state()).isEqualTo(ImageBuilderState.PENDING);
        }
    }

    @Test
    void failStart_endsInFailedWithReasonAndErrors() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s
                .startDuration(Duration.ofMinutes(2))
                .failStart("INTERNAL_ERROR", "It broke")
                .imageBuilderError("IAM_SERVICE_ROLE_IS_MISSING", "No role"));
        client.startImageBuilder(r -> r.name("b1"));
        Instant failedAt = time.now().plus(Duration.ofMinutes(2));

        time.advance(Duration.ofMinutes(2));
        ImageBuilder failed = client.describeImageBuilders(r -> r.names("b1")).imageBuilders().get(0);

        assertThat(failed.state()).isEqualTo(ImageBuilderState.FAILED);
        assertThat(failed.stateChangeReason().codeAsString()).isEqualTo("INTERNAL_ERROR");
        assertThat(failed.stateChangeReason().message()).isEqualTo("It broke");
        assertThat(failed.imageBuilderErrors()).singleElement().satisfies(e -> {
            assertThat(e.errorCodeAsString()).isEqualTo("IAM_SERVICE_ROLE_IS_MISSING");
            assertThat(e.errorMessage()).isEqualTo("No role");
            assertThat(e.errorTimestamp()).isEqualTo(failedAt);
        });
    }

    @Test
    void failStart_appliesToCreateToo() {
        fake.script("b1", s -> s.failStart("IMAGE_UNAVAILABLE", "gone"));
        client.createImageBuilder(r -> r.name("b1").instanceType("t").imageName("img"));

        time.advance(Duration.ofMinutes(20));

        assertThat(describe("b1")).isEqualTo(ImageBuilderState.FAILED);
    }

    @Test
    void startAfterFailure_clearsReasonAndErrors() {
        fake.givenImageBuilder(ImageBuilder.builder().name("b1").state(ImageBuilderState.STOPPED).build())
                .script("b1", s -> s.failStart("INTERNAL_ERROR", "x"));
        client.startImageBuilder(r -> r.name("b1"));
        time.advance(Duration.ofMinutes(20));
        client.deleteImageBuilder(r -> r.name("b1"));
        time.advance(Duration.ofMinutes(2));
        fake.script("b1", s -> s.startDuration(Duration.ZERO));
        client.createImageBuilder(r -> r.name("b1").instanceType("t").imageName("img"));

        assertThat(client.describeImageBuilders(r -> r.names("b1")).imageBuilders().get(0).stateChangeReason()).isNull();
    }

    @Test
    void deletedAfterStart_turnsDeletingMidStartThenDisappears() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s
                .deletedAfterStart(Duration.ofMinutes(10)).deleteDuration(Duration.ofMinutes(1)));
        client.startImageBuilder(r -> r.name("b1"));

        time.advance(Duration.ofMinutes(10));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.DELETING);
        time.advance(Duration.ofMinutes(15));
        serviceError(() -> client.describeImageBuilders(r -> r.names("b1")),
                ResourceNotFoundException.class, "ResourceNotFoundException", 404);
    }

    @Test
    void deleteLater_deletesWhateverTheBuilderIsDoing() {
        fake.givenImageBuilder("b1", ImageBuilderState.RUNNING).deleteLater("b1", Duration.ofSeconds(30));

        time.advance(Duration.ofSeconds(29));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.RUNNING);
        time.advance(Duration.ofSeconds(1));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.DELETING);
        time.advance(Duration.ofMinutes(2));
        assertThat(fake.imageBuilder("b1")).isEmpty();
    }

    @Test
    void deleteLater_unknownBuilder_throwsIllegalArgument() {
        assertThatThrownBy(() -> fake.deleteLater("ghost", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"ghost\"");
    }

    @Test
    void staleReadsAfterStart_showStoppedForThatManyDescribes() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s.staleReadsAfterStart(2));

        assertThat(client.startImageBuilder(r -> r.name("b1")).imageBuilder().state())
                .isEqualTo(ImageBuilderState.PENDING);
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.STOPPED);
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.STOPPED);
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.PENDING);
        assertThat(fake.sdkImageBuilder("b1").orElseThrow().state()).isEqualTo(ImageBuilderState.PENDING);
    }

    @Test
    void staleAfterStart_showsStoppedForThatLong() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s.staleAfterStart(Duration.ofSeconds(10)));
        client.startImageBuilder(r -> r.name("b1"));

        time.advance(Duration.ofSeconds(9));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.STOPPED);
        time.advance(Duration.ofSeconds(1));
        assertThat(describe("b1")).isEqualTo(ImageBuilderState.PENDING);
    }

    @Test
    void seededTransitionalStates_runToTheirNaturalEnd() {
        fake.givenImageBuilder("a", ImageBuilderState.UPDATING_AGENT)
                .givenImageBuilder("b", ImageBuilderState.SNAPSHOTTING)
                .givenImageBuilder("c", ImageBuilderState.DELETING);

        time.advance(Duration.ofMinutes(20));

        assertThat(fake.sdkImageBuilder("a").orElseThrow().state()).isEqualTo(ImageBuilderState.RUNNING);
        assertThat(fake.sdkImageBuilder("b").orElseThrow().state()).isEqualTo(ImageBuilderState.STOPPED);
        assertThat(fake.sdkImageBuilder("c")).isEmpty();
    }

    @Test
    void givenImageBuilder_modelValue_isSeededAndReadBackAsModel() {
        fake.givenImageBuilder(io.github.appstream4j.model.ImageBuilder.builder().name("m1")
                .state(io.github.appstream4j.model.ImageBuilderState.RUNNING).instanceType("stream.standard.large")
                .build());
        fake.givenImageBuilder("m2", io.github.appstream4j.model.ImageBuilderState.STOPPED);

        io.github.appstream4j.model.ImageBuilder m1 = fake.imageBuilder("m1").orElseThrow();
        assertThat(m1.state()).contains(io.github.appstream4j.model.ImageBuilderState.RUNNING);
        assertThat(m1.instanceType()).contains("stream.standard.large");
        assertThat(m1.arn()).contains("arn:aws:appstream:us-east-1:123456789012:image-builder/m1");
        assertThat(describe("m2")).isEqualTo(ImageBuilderState.STOPPED);
    }

    @Test
    void givenImageBuilder_badArguments_throwBeforeSeeding() {
        assertThatThrownBy(() -> fake.givenImageBuilder("a b", ImageBuilderState.RUNNING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name").hasMessageContaining("\"a b\"");
        assertThatThrownBy(() -> fake.givenImageBuilder("a", ImageBuilderState.UNKNOWN_TO_SDK_VERSION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state");
        assertThatThrownBy(() -> fake.givenImageBuilder("a", io.github.appstream4j.model.ImageBuilderState.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state");
        assertThatThrownBy(() -> fake.givenImageBuilder((String) null, ImageBuilderState.RUNNING))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThat(client.describeImageBuilders().imageBuilders()).isEmpty();
    }

    @Test
    void scriptBuilder_negativeValues_throwIllegalArgument() {
        assertThatThrownBy(() -> fake.script("b1", s -> s.startDuration(Duration.ofSeconds(-1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startDuration");
        assertThatThrownBy(() -> fake.script("b1", s -> s.staleReadsAfterStart(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads");
    }
}
