package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** Builder checks and the server's lifecycle. */
class LocalAppStreamServerTest {
    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @Test
    void builder_portOutOfRange_throwsNamingTheValue() {
        assertThatThrownBy(() -> LocalAppStreamServer.builder().port(65_536))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port must be between 0 and 65535 but was 65536");
        assertThatThrownBy(() -> LocalAppStreamServer.builder().port(-1)).hasMessageContaining("but was -1");
    }

    @Test
    void builder_nullOrBlankArguments_throwNamingTheParameter() {
        LocalAppStreamServer.Builder builder = LocalAppStreamServer.builder();
        assertThatThrownBy(() -> builder.fake(null)).isInstanceOf(NullPointerException.class).hasMessage("fake must not be null");
        assertThatThrownBy(() -> builder.client(null)).isInstanceOf(NullPointerException.class).hasMessage("client must not be null");
        assertThatThrownBy(() -> builder.bindAddress(null)).hasMessage("bindAddress must not be null");
        assertThatThrownBy(() -> builder.region(null)).hasMessage("region must not be null");
        assertThatThrownBy(() -> builder.credentials(null, "s")).hasMessage("accessKeyId must not be null");
        assertThatThrownBy(() -> builder.credentials("k", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secretAccessKey must not be blank but was \" \"");
    }

    @Test
    void endpoint_beforeStart_throwsIllegalState() {
        LocalAppStreamServer server = LocalAppStreamServer.builder().build();
        try {
            assertThatThrownBy(server::endpoint).isInstanceOf(IllegalStateException.class).hasMessage("The server is not started");
            assertThatThrownBy(server::client).isInstanceOf(IllegalStateException.class);
        } finally {
            server.close();
        }
    }

    @Test
    void start_twice_keepsTheSameEndpoint_closeTwice_isQuiet_startAfterClose_throws() {
        LocalAppStreamServer server = LocalAppStreamServer.builder().build().start();
        String endpoint = server.endpoint().toString();

        assertThat(server.start().endpoint()).hasToString(endpoint);
        server.close();
        server.close();
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class).hasMessage("The server was closed");
        assertThatThrownBy(server::newClient).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void defaultBuild_servesAFakeOfItsOwnInTheConfiguredRegion() {
        try (LocalAppStreamServer server = LocalAppStreamServer.builder().region(Region.EU_CENTRAL_1).build().start()) {
            assertThat(server.region()).isEqualTo(Region.EU_CENTRAL_1);
            assertThat(server.client().createImageBuilder(r -> r.name("own").instanceType("stream.standard.small")
                    .imageName("img"))
                    .imageBuilder().arn()).startsWith("arn:aws:appstream:eu-central-1:");
            assertThat(server.client().describeImageBuilders(r -> r.names("own")).imageBuilders()).hasSize(1);
        }
    }

    @Test
    void close_leavesAGivenFakeOpen_andStopsAnswering() {
        try (FakeAppStream fake = FakeAppStream.create().givenImageBuilder("kept", ImageBuilderState.STOPPED)) {
            LocalAppStreamServer server = LocalAppStreamServer.start(fake);
            java.net.InetSocketAddress address = server.address();
            server.close();

            assertThat(fake.client().describeImageBuilders(r -> r.names("kept")).imageBuilders()).hasSize(1);
            assertThatThrownBy(() -> {
                try (java.net.Socket socket = new java.net.Socket()) {
                    socket.connect(address, 2_000);
                }
            }).isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void newClient_nullCustomizer_throws() {
        try (LocalAppStreamServer server = LocalAppStreamServer.builder().build().start()) {
            assertThatThrownBy(() -> server.newClient(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("customizer must not be null");
        }
    }
}
