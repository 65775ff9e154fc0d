package io.github.appstream4j.testing.internal.wire;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/** The running HTTP side of {@code LocalAppStreamServer}: a JDK HttpServer on a pool of daemon threads. */
public final class WireServer implements AutoCloseable {
    /** 127.0.0.1, whatever {@code java.net.preferIPv6Addresses} says. */
    public static final InetAddress IPV4_LOOPBACK = ipv4Loopback();
    private static final int THREADS = 16;
    private static final int BACKLOG = 128;
    private static final AtomicInteger SERVERS = new AtomicInteger();
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server flushes the headers before writing the body; with Nagle's algorithm on, the body then
        // waits for the client's delayed ACK, about 40 ms per answer. The JDK reads this property once, when
        // its server first loads; a value set by the user wins.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI endpoint;

    private WireServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.endpoint = endpointOf(server.getAddress());
    }

    /**
     * Binds and starts serving {@code client}.
     *
     * @param strictCredentials secret by access key id to verify SigV4 signatures against, or null to accept
     *     any request
     * @param region the region signatures must be scoped to (strict mode only)
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static WireServer start(AppStreamClient client, InetAddress bindAddress, int port,
            Map<String, String> strictCredentials, String region) {
        SignatureVerifier verifier = strictCredentials == null ? null : new SignatureVerifier(strictCredentials, region);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind " + bindAddress.getHostAddress() + ":" + port, e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new AwsJsonHandler(client, verifier));
        server.start();
        // no log line here: the standalone main prints the endpoint as its first stdout line, and a logger
        // (logback's default, say) may write to stdout too
        return new WireServer(server, executor);
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ThreadFactory daemonThreads() {
        int serverNumber = SERVERS.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "appstream-wire-" + serverNumber + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static URI endpointOf(InetSocketAddress address) {
        InetAddress host = address.getAddress();
        if (host.isAnyLocalAddress()) {
            // bound to every interface: loopback is the one address sure to reach it
            host = InetAddress.getLoopbackAddress();
        }
        String literal = host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + literal + ":" + address.getPort());
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:49152}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The address the socket is bound to. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting, ends open exchanges and the worker threads. Idempotent. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
