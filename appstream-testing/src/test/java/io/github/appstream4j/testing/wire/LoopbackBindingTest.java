package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.appstream4j.testing.LocalAppStreamServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** By default nobody but this machine can reach the emulator. */
class LoopbackBindingTest {
    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @Test
    void defaultBinding_isIpv4LoopbackOnAnEphemeralPort() {
        try (LocalAppStreamServer server = LocalAppStreamServer.builder().build().start()) {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.endpoint().getScheme()).isEqualTo("http");
            InetSocketAddress bound = server.address();
            assertThat(bound.getAddress().isLoopbackAddress()).isTrue();
            assertThat(bound.getAddress().isAnyLocalAddress()).isFalse();
            assertThat(bound.getPort()).isPositive().isEqualTo(server.endpoint().getPort());
            assertThat(canConnect(bound.getAddress(), bound.getPort())).isTrue();
        }
    }

    @Test
    void defaultBinding_refusesConnectionsOnEveryNonLoopbackLocalAddress() throws SocketException {
        List<InetAddress> external = nonLoopbackAddresses();
        // without another address there is nothing to refuse; the loopback binding itself is checked above
        assumeFalse(external.isEmpty(), "This machine has no non-loopback, non-link-local address that is up, so "
                + "there is no address on which to check that the default binding refuses connections");
        try (LocalAppStreamServer server = LocalAppStreamServer.builder().build().start()) {
            int port = server.address().getPort();
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            for (InetAddress address : external) {
                assertThat(canConnect(address, port)).as("connect to %s:%d", address, port).isFalse();
            }
        }
        // the same addresses do accept when the server is bound to them, so the refusals above are meaningful
        for (InetAddress address : external) {
            try (LocalAppStreamServer server = LocalAppStreamServer.builder().bindAddress(address).build().start()) {
                assertThat(canConnect(address, server.address().getPort())).as("connect to %s", address).isTrue();
                assertThat(server.endpoint().getHost()).contains(address.getHostAddress().split("%")[0]);
            }
        }
    }

    @Test
    void wildcardBinding_advertisesLoopbackEndpoint() {
        try (LocalAppStreamServer server = LocalAppStreamServer.builder()
                .bindAddress(new InetSocketAddress(0).getAddress()).build().start()) {
            assertThat(server.address().getAddress().isAnyLocalAddress()).isTrue();
            assertThat(isLoopbackLiteral(server.endpoint().getHost())).isTrue();
            assertThat(canConnect(server.address().getAddress(), server.address().getPort())).isTrue();
        }
    }

    @Test
    void portTaken_failsToStartWithTheAddressInTheMessage() {
        try (LocalAppStreamServer first = LocalAppStreamServer.builder().build().start();
                LocalAppStreamServer second = LocalAppStreamServer.builder().port(first.address().getPort()).build()) {
            assertThatThrownBy(second::start).hasMessageContaining("127.0.0.1:" + first.address().getPort());
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(LoopbackBindingTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .sorted((a, b) -> Boolean.compare(!(a instanceof Inet4Address), !(b instanceof Inet4Address)))
                .collect(Collectors.toList());
    }

    private static boolean isUp(NetworkInterface nif) {
        try {
            return nif.isUp() && !nif.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("Neither connected nor refused: " + address + ":" + port, e);
        }
    }

    /** Tells whether a URI host is a loopback literal (127.x.x.x or [::1]). */
    private static boolean isLoopbackLiteral(String host) {
        return host.startsWith("127.") || "[::1]".equals(host) || "[0:0:0:0:0:0:0:1]".equals(host);
    }
}
