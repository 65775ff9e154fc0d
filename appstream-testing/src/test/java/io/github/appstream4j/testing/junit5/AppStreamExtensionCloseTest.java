package io.github.appstream4j.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The first test keeps what it was given; the later ones check that it was closed when that test ended. */
@AppStreamTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.SAME_THREAD)
class AppStreamExtensionCloseTest {
    private FakeAppStream fake;
    private VirtualTime time;
    private ImageBuilders builders;
    private LocalAppStreamServer server;
    private InetSocketAddress address;

    @Test
    @Order(1)
    void first_usesEverything(FakeAppStream fake, VirtualTime time, ImageBuilders builders,
            LocalAppStreamServer server) {
        this.fake = fake;
        this.time = time;
        this.builders = builders;
        this.server = server;
        this.address = server.address();

        assertThat(builders.find("b")).isEmpty();
    }

    @Test
    @Order(2)
    void afterTheTest_facadeRejectsCalls() {
        assertThatThrownBy(() -> builders.start("b"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    @Order(2)
    void afterTheTest_serverPortRefusesConnections() {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(address, 2_000);
            }
        }).isInstanceOf(IOException.class);
        assertThatThrownBy(server::endpoint).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    @Order(2)
    void afterTheTest_fakeClientRejectsCalls() {
        assertThatThrownBy(() -> fake.client().describeImageBuilders())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    @Order(2)
    void afterTheTest_virtualTimeRejectsTasks() {
        assertThatThrownBy(() -> time.scheduler().schedule(() -> { }, 1, TimeUnit.SECONDS))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    @Order(3)
    void laterTests_getNewInstances(FakeAppStream fake, VirtualTime time, ImageBuilders builders,
            LocalAppStreamServer server) {
        assertThat(fake).isNotSameAs(this.fake);
        assertThat(time).isNotSameAs(this.time);
        assertThat(builders).isNotSameAs(this.builders);
        assertThat(server).isNotSameAs(this.server);
        assertThat(builders.find("b")).isEmpty();
    }
}
