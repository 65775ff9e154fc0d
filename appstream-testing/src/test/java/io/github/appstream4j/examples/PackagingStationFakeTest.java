package io.github.appstream4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.examples.PackagingStation.Status;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.VirtualTime;
import io.github.appstream4j.testing.junit5.AppStreamTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Way 2: behaviour tests against a fake AppStream in virtual time, behind a real {@link ImageBuilders}. */
@AppStreamTest
class PackagingStationFakeTest {

    @Test
    void open_aTwentyMinuteStart_takesTwentyVirtualMinutes(FakeAppStream fake, ImageBuilders builders,
            VirtualTime time) {
        fake.givenImageBuilder("team-video", ImageBuilderState.STOPPED);

        Status status = new PackagingStation(builders).open("team-video");

        assertThat(status.ready()).isTrue();
        assertThat(Duration.between(VirtualTime.DEFAULT_START, time.now()))
                .isBetween(Duration.ofMinutes(20), Duration.ofMinutes(21));
    }

    @Test
    void open_aStartThatEndsFailed_tellsWhy(FakeAppStream fake, ImageBuilders builders) {
        fake.givenImageBuilder("team-video", ImageBuilderState.STOPPED)
                .script("team-video", s -> s.failStart("IMAGE_UNAVAILABLE", "The image is not available."));

        Status status = new PackagingStation(builders).open("team-video");

        assertThat(status.detail()).isEqualTo("failed: The image is not available.");
    }

    @Test
    void open_throttledStartCalls_areRetried(FakeAppStream fake, ImageBuilders builders) {
        fake.givenImageBuilder("team-video", ImageBuilderState.STOPPED)
                .injectNext(FakeOperation.START_IMAGE_BUILDER, 2, Fault.throttling());

        Status status = new PackagingStation(builders).open("team-video");

        assertThat(status.ready()).isTrue();
        assertThat(fake.callCount(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(3);
    }
}
