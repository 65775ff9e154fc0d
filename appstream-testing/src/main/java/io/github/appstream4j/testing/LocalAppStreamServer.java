package io.github.appstream4j.testing;

import io.github.appstream4j.testing.internal.wire.ServerMain;
import io.github.appstream4j.testing.internal.wire.WireServer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.AppStreamClientBuilder;

/**
 * The AppStream image-builder API over HTTP on this machine: an {@link AppStreamClient} (normally
 * {@link FakeAppStream#client()}) served with the awsJson 1.1 protocol the real service speaks, so a real
 * SDK client, the AWS CLI or boto3 can be pointed at it with an endpoint override.
 *
 * <pre>{@code
 * try (FakeAppStream fake = FakeAppStream.create();
 *      LocalAppStreamServer server = LocalAppStreamServer.start(fake)) {
 *     AppStreamClient sdk = server.client();   // real SDK client, endpoint http://127.0.0.1:<port>
 *     sdk.describeImageBuilders(r -> r.names("my-builder"));
 * }
 * }</pre>
 *
 * <p>Served operations: CreateImageBuilder, StartImageBuilder, StopImageBuilder, DescribeImageBuilders and
 * DeleteImageBuilder ({@code X-Amz-Target: PhotonAdminProxyService.<Operation>}). A service exception the
 * served client throws becomes the AWS error answer (its error code, HTTP status and message); a malformed
 * request gets a 400 {@code SerializationException}, {@code UnknownOperationException} or
 * {@code ValidationException}. By default the server binds 127.0.0.1 on an ephemeral port and accepts any
 * request, signed or not; {@linkplain Builder#strictSignatures(boolean) strict mode} verifies SigV4
 * signatures against the {@linkplain Builder#credentials(String, String) configured credentials}.
 *
 * <p>Thread-safe: requests are answered on a pool of worker threads, so the served client must be
 * thread-safe (the fake is). Credentials are never logged.
 */
public final class LocalAppStreamServer implements AutoCloseable {
    /** Access key id used when none is configured: {@value}. */
    public static final String DEFAULT_ACCESS_KEY_ID = "test";
    /** Secret access key used when none is configured: {@value}. */
    public static final String DEFAULT_SECRET_ACCESS_KEY = "test";
    /** Region used when none is configured: us-east-1. */
    public static final Region DEFAULT_REGION = Region.US_EAST_1;

    private static final Duration CLIENT_CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLIENT_ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

    private final AppStreamClient served;
    private final AutoCloseable owned;
    private final InetAddress bindAddress;
    private final int port;
    private final Region region;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final boolean strictSignatures;

    private WireServer wire;
    private AppStreamClient sharedClient;
    private boolean closed;

    private LocalAppStreamServer(Builder builder, AppStreamClient served, AutoCloseable owned) {
        this.served = served;
        this.owned = owned;
        this.bindAddress = builder.bindAddress;
        this.port = builder.port;
        this.region = builder.region;
        this.accessKeyId = builder.accessKeyId;
        this.secretAccessKey = builder.secretAccessKey;
        this.strictSignatures = builder.strictSignatures;
    }

    /**
     * A builder with the defaults: a fake of the server's own (system clock, quick transitions), 127.0.0.1,
     * an ephemeral port, us-east-1, credentials {@code test}/{@code test}, any signature accepted.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a server with the defaults serving {@code fake.client()}; closing the server does not close the
     * fake.
     *
     * @param fake the fake to serve
     * @return the started server
     * @throws NullPointerException if {@code fake} is null
     * @throws java.io.UncheckedIOException if the port cannot be bound
     */
    public static LocalAppStreamServer start(FakeAppStream fake) {
        return builder().fake(fake).build().start();
    }

    /**
     * Binds the socket and starts answering; calling it again on a started server does nothing.
     *
     * @return this server
     * @throws IllegalStateException if the server was closed
     * @throws java.io.UncheckedIOException if the address cannot be bound
     */
    public synchronized LocalAppStreamServer start() {
        if (closed) {
            throw new IllegalStateException("The server was closed");
        }
        if (wire == null) {
            Map<String, String> strict = strictSignatures ? Map.of(accessKeyId, secretAccessKey) : null;
            wire = WireServer.start(served, bindAddress, port, strict, region.id());
        }
        return this;
    }

    /**
     * The base URL to point clients at, e.g. {@code http://127.0.0.1:49152}.
     *
     * @return the endpoint
     * @throws IllegalStateException if the server is not started
     */
    public synchronized URI endpoint() {
        return running().endpoint();
    }

    /**
     * The address and port the socket is bound to.
     *
     * @return the bound address
     * @throws IllegalStateException if the server is not started
     */
    public synchronized InetSocketAddress address() {
        return running().address();
    }

    /**
     * The region clients should use (and, in strict mode, sign for).
     *
     * @return the configured region, {@link #DEFAULT_REGION} unless set
     */
    public Region region() {
        return region;
    }

    /**
     * A real SDK client pointed at this server, shared and closed by {@link #close()}: endpoint override,
     * the configured static credentials and region, a 10-second call timeout, and SDK retries off so that the
     * only retry layer is the caller's (e.g. {@code ImageBuilders}' retry policy), as with the in-memory
     * client.
     *
     * @return the shared client
     * @throws IllegalStateException if the server is not started
     */
    public synchronized AppStreamClient client() {
        running();
        if (sharedClient == null) {
            sharedClient = newClient();
        }
        return sharedClient;
    }

    /**
     * A new real SDK client configured like {@link #client()}, owned (and to be closed) by the caller.
     *
     * @return a new client
     * @throws IllegalStateException if the server is not started
     */
    public AppStreamClient newClient() {
        return newClient(builder -> { });
    }

    /**
     * A new real SDK client configured like {@link #client()} and then by {@code customizer}, owned by the
     * caller. Note that the SDK's {@code overrideConfiguration(..)} replaces the timeouts and retry strategy
     * set here rather than adding to them.
     *
     * @param customizer changes applied last to the client builder
     * @return a new client
     * @throws NullPointerException if {@code customizer} is null
     * @throws IllegalStateException if the server is not started
     */
    public AppStreamClient newClient(Consumer<AppStreamClientBuilder> customizer) {
        Objects.requireNonNull(customizer, "customizer must not be null");
        URI endpoint = endpoint();
        AppStreamClientBuilder builder = AppStreamClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .overrideConfiguration(o -> o
                        .apiCallTimeout(CLIENT_CALL_TIMEOUT)
                        .apiCallAttemptTimeout(CLIENT_ATTEMPT_TIMEOUT)
                        .retryStrategy(AwsRetryStrategy.doNotRetry()));
        customizer.accept(builder);
        return builder.build();
    }

    /**
     * Stops the server, closes the {@linkplain #client() shared client} and whatever the server created
     * itself (never a fake or client handed to the builder). Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (sharedClient != null) {
            sharedClient.close();
        }
        if (wire != null) {
            wire.close();
        }
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("Closing the served fake failed", e);
            }
        }
    }

    /**
     * Runs the emulator on its own: serves a fresh fake on the system clock until the process is killed
     * (a shutdown hook closes it). Prints the endpoint URL as the first line on stdout. Options:
     * {@code --port N} (0 = ephemeral, the default), {@code --bind ADDR} (default 127.0.0.1),
     * {@code --region R}, {@code --start-duration D}, {@code --stop-duration D}, {@code --delete-duration D}
     * (ISO-8601 like {@code PT5S} or plain seconds), {@code --strict} with {@code --access-key-id} and
     * {@code --secret-access-key} (default {@code test}/{@code test}), {@code --help}. A bad option prints the
     * usage on stderr and exits with status 2; an address that cannot be bound exits with status 1.
     *
     * @param args the options
     * @throws InterruptedException if the main thread is interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        Optional<ServerMain.Running> running;
        try {
            running = ServerMain.launch(args, System.out);
        } catch (ServerMain.UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(ServerMain.USAGE);
            System.exit(2);
            return;
        } catch (UncheckedIOException e) {
            System.err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
            return;
        }
        if (running.isEmpty()) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.get().close();
            stopped.countDown();
        }, "appstream-emulator-shutdown"));
        stopped.await();
    }

    private WireServer running() {
        if (wire == null || closed) {
            throw new IllegalStateException(closed ? "The server was closed" : "The server is not started");
        }
        return wire;
    }

    /**
     * Builds a {@link LocalAppStreamServer}. Not thread-safe; {@link #build()} copies the settings, so a
     * builder can be reused.
     */
    public static final class Builder {
        private AppStreamClient client;
        private FakeAppStream fake;
        private InetAddress bindAddress = WireServer.IPV4_LOOPBACK;
        private int port;
        private Region region = DEFAULT_REGION;
        private String accessKeyId = DEFAULT_ACCESS_KEY_ID;
        private String secretAccessKey = DEFAULT_SECRET_ACCESS_KEY;
        private boolean strictSignatures;

        private Builder() {
        }

        /**
         * Serves {@code fake.client()}; the server never closes the fake. Replaces a {@link #client} set before.
         *
         * @param fake the fake to serve
         * @return this builder
         * @throws NullPointerException if {@code fake} is null
         */
        public Builder fake(FakeAppStream fake) {
            this.fake = Objects.requireNonNull(fake, "fake must not be null");
            this.client = null;
            return this;
        }

        /**
         * Serves any client, e.g. a Mockito mock; the server never closes it. Replaces a {@link #fake} set
         * before. It must be thread-safe.
         *
         * @param client the client to serve
         * @return this builder
         * @throws NullPointerException if {@code client} is null
         */
        public Builder client(AppStreamClient client) {
            this.client = Objects.requireNonNull(client, "client must not be null");
            this.fake = null;
            return this;
        }

        /**
         * The TCP port; default 0, an ephemeral port chosen at {@link LocalAppStreamServer#start()}.
         *
         * @param port 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if {@code port} is out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535 but was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The local address to bind; default 127.0.0.1, so other machines cannot connect. Binding
         * a wildcard or external address exposes an unauthenticated service (unless strict) to the network.
         *
         * @param bindAddress the address
         * @return this builder
         * @throws NullPointerException if {@code bindAddress} is null
         */
        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress must not be null");
            return this;
        }

        /**
         * The region of the clients this server makes and, in strict mode, of the signatures it accepts;
         * default {@link #DEFAULT_REGION}.
         *
         * @param region the region
         * @return this builder
         * @throws NullPointerException if {@code region} is null
         */
        public Builder region(Region region) {
            this.region = Objects.requireNonNull(region, "region must not be null");
            return this;
        }

        /**
         * The static credentials of the clients this server makes and, in strict mode, the only ones it
         * accepts; default {@code test}/{@code test}.
         *
         * @param accessKeyId the access key id, not blank
         * @param secretAccessKey the secret access key, not blank
         * @return this builder
         * @throws NullPointerException if either is null
         * @throws IllegalArgumentException if either is blank
         */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            this.accessKeyId = requireNotBlank(accessKeyId, "accessKeyId");
            this.secretAccessKey = requireNotBlank(secretAccessKey, "secretAccessKey");
            return this;
        }

        /**
         * Whether to verify SigV4 signatures; default false (any request, signed or not, is served). When
         * true, the signature is checked over the headers the client lists as signed, so requests from any
         * correct SigV4 signer pass (Java SDK, AWS CLI, boto3, {@code curl --aws-sigv4}). A request without a
         * signature is answered {@code MissingAuthenticationTokenException}, a malformed {@code Authorization}
         * header {@code IncompleteSignatureException}, an unknown access key {@code UnrecognizedClientException}
         * and a wrong signature {@code InvalidSignatureException}, all HTTP 400, as AWS does. Request age is not
         * checked.
         *
         * @param strictSignatures true to verify
         * @return this builder
         */
        public Builder strictSignatures(boolean strictSignatures) {
            this.strictSignatures = strictSignatures;
            return this;
        }

        /**
         * Creates the (not yet started) server. Without a {@link #fake} or {@link #client} it serves a fake of
         * its own on the system clock with {@link FakeDurations#quick()} transitions, closed with the server.
         *
         * @return the server
         */
        public LocalAppStreamServer build() {
            if (fake != null) {
                return new LocalAppStreamServer(this, fake.client(), null);
            }
            if (client != null) {
                return new LocalAppStreamServer(this, client, null);
            }
            FakeAppStream own = FakeAppStream.builder().region(region.id()).build();
            return new LocalAppStreamServer(this, own.client(), own);
        }

        private static String requireNotBlank(String value, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank but was \"" + value + "\"");
            }
            return value;
        }
    }
}
