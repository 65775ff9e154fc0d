package io.github.appstream4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.junit5.AppStreamTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.ResourceNotFoundException;

/** Way 3: wire tests, a real SDK client speaking HTTP to the fake on 127.0.0.1. */
@AppStreamTest(overWire = true)
class PackagingStationWireTest {

    @Test
    void open_overHttp_startsTheBuilder(FakeAppStream fake, ImageBuilders builders, LocalAppStreamServer server) {
        fake.givenImageBuilder("team-video", ImageBuilderState.STOPPED);

        assertThat(new PackagingStation(builders).open("team-video").ready()).isTrue();
        assertThat(fake.callCount(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(1);
        assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void sdkClient_unknownBuilder_getsTheAwsError(AppStreamClient sdk) {
        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> sdk.describeImageBuilders(r -> r.names("no-such-builder")));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
    }
}
