package io.github.appstream4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.StartOperation;
import io.github.appstream4j.examples.PackagingStation.Status;
import io.github.appstream4j.model.StateChangeReasonCode;
import io.github.appstream4j.testing.ImageBuilderFixtures;
import io.github.appstream4j.testing.MockImageBuilders;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Way 1: unit tests of your own code, with a Mockito mock of {@link ImageBuilders}. */
class PackagingStationTest {
    private final ImageBuilders builders = mock(ImageBuilders.class);
    private final PackagingStation station = new PackagingStation(builders);

    @Test
    void open_whenTheBuilderStarts_isReady() {
        MockImageBuilders.startsRunning(builders, "team-video");

        assertThat(station.open("team-video"))
                .isEqualTo(new Status("team-video", true, ImageBuilderFixtures.arn("team-video")));
    }

    @Test
    void open_waitsAtMostFortyMinutes() {
        StartOperation start = MockImageBuilders.startsRunning(builders, "team-video");

        station.open("team-video");

        verify(start).awaitRunning(Duration.ofMinutes(40));
    }

    @Test
    void open_whenTheBuilderFails_tellsWhy() {
        MockImageBuilders.startFails(builders, "team-video",
                ImageBuilderFixtures.reason(StateChangeReasonCode.IMAGE_UNAVAILABLE, "The image is not available."));

        assertThat(station.open("team-video").detail()).isEqualTo("failed: The image is not available.");
    }

    @Test
    void open_whenTheStartTimesOut_tellsHowFarItGot() {
        MockImageBuilders.startTimesOut(builders, "team-video", Duration.ofMinutes(40), 160);

        assertThat(station.open("team-video").detail()).isEqualTo("still PENDING after 40 min");
    }

    @Test
    void open_whenTheBuilderDoesNotExist_saysSo() {
        MockImageBuilders.notFound(builders, "team-video");

        assertThat(station.open("team-video").detail()).isEqualTo("no such builder");
    }
}
