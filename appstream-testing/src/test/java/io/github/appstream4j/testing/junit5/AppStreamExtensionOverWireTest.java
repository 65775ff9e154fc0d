package io.github.appstream4j.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilderException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import org.junit.jupiter.api.Test;

@AppStreamTest(overWire = true)
class AppStreamExtensionOverWireTest {

    @Test
    void imageBuilders_overWire_startsTheFakesBuilderThroughHttp(FakeAppStream fake, ImageBuilders builders) {
        fake.givenImageBuilder("b", ImageBuilderState.STOPPED);

        assertThat(builders.start("b").awaitRunning().state()).contains(ImageBuilderState.RUNNING);
    }

    @Test
    void imageBuilders_overWire_failWhenTheServerIsGone(FakeAppStream fake, ImageBuilders builders,
            LocalAppStreamServer server) {
        fake.givenImageBuilder("b", ImageBuilderState.RUNNING);
        assertThat(builders.get("b").name()).isEqualTo("b");

        server.close();

        assertThatThrownBy(() -> builders.get("b")).isInstanceOf(ImageBuilderException.class);
        assertThat(fake.client().describeImageBuilders().imageBuilders()).hasSize(1);
    }
}
