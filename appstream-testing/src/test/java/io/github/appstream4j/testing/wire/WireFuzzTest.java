package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import io.github.appstream4j.testing.LocalAppStreamServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * Ten thousand seeded random and mutated requests: every answer is a valid 200 or a well-formed AWS error
 * (4xx, {@code __type} equal to {@code x-amzn-ErrorType}, a message, a request id), never a 5xx, and the
 * server keeps serving.
 */
class WireFuzzTest {
    private static final long SEED = 0x5EED_2026_1204L;
    private static final int REQUESTS = 10_000;
    private static final int OVERSIZED = 3;
    private static final int SENDERS = 4;

    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @Test
    void fuzz_tenThousandMutatedRequests_everyAnswerWellFormedNever5xx() throws Exception {
        FuzzRequests generator = new FuzzRequests(SEED);
        List<FuzzRequests.Case> cases = new ArrayList<>();
        for (int i = 0; i < REQUESTS - OVERSIZED; i++) {
            cases.add(generator.next());
        }
        for (int i = 0; i < OVERSIZED; i++) {
            cases.add(generator.oversized());
        }
        try (FakeAppStream fake = fuzzFake(); LocalAppStreamServer server = LocalAppStreamServer.start(fake)) {
            Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            sendAll(cases, (fuzz, i) -> {
                HttpResponse<String> response = WireFixtures.send(request(server.endpoint(), fuzz));
                statuses.computeIfAbsent(fuzz.kind() + " " + response.statusCode(), k -> new AtomicInteger())
                        .incrementAndGet();
                problem(fuzz, response).ifPresent(p -> problems.add("#" + i + " " + p));
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            int garbled = rawSocketGarbage(server.address(), new Random(SEED), 200);
            System.out.printf("fuzz: %d requests in %d ms, by kind and status %s; %d raw garbage connections%n",
                    cases.size(), millis, new TreeMap<>(statuses), garbled);

            assertThat(problems).as("ill-formed answers").isEmpty();
            assertThat(statuses.keySet()).noneMatch(k -> k.endsWith(" 500") || k.matches(".* 5\\d\\d"));
            assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(REQUESTS);
            assertThat(statuses.keySet()).anyMatch(k -> k.endsWith(" 200")).anyMatch(k -> k.endsWith(" 400"));
            // still serving, and still right: the fuzz may have stopped or deleted the seeded builders
            server.client().createImageBuilder(r -> r.name("after-fuzz").instanceType("stream.standard.small")
                    .imageName("AppStream-WinServer2022"));
            assertThat(server.client().describeImageBuilders(r -> r.names("after-fuzz")).imageBuilders())
                    .singleElement().satisfies(b -> assertThat(b.state()).isEqualTo(ImageBuilderState.RUNNING));
        }
    }

    /** A fake whose transitions take no time, with a RUNNING and a STOPPED builder for the requests to name. */
    static FakeAppStream fuzzFake() {
        Duration zero = Duration.ZERO;
        return FakeAppStream.builder().defaultDurations(FakeDurations.of(zero, zero, zero)).build()
                .givenImageBuilder("fuzz-running", ImageBuilderState.RUNNING)
                .givenImageBuilder("fuzz-stopped", ImageBuilderState.STOPPED);
    }

    /** Hands every case, with its index, to {@code send} on {@value #SENDERS} threads at once. */
    static <C> void sendAll(List<C> cases, ObjIntConsumer<C> send) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int first = s;
                done.add(senders.submit(() -> {
                    for (int i = first; i < cases.size(); i += SENDERS) {
                        send.accept(cases.get(i), i);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static HttpRequest request(URI endpoint, FuzzRequests.Case fuzz) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + fuzz.path()))
                .timeout(Duration.ofSeconds(20))
                .method(fuzz.method(), "HEAD".equals(fuzz.method())
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
        fuzz.headers().forEach(request::header);
        return request.build();
    }

    /** What is wrong with an answer, if anything. */
    static Optional<String> problem(FuzzRequests.Case fuzz, HttpResponse<String> response) {
        return problem(fuzz.kind(), fuzz.method(), response.statusCode(), n -> response.headers().firstValue(n),
                response.body());
    }

    /**
     * What is wrong with an answer, if anything: it must be a 200 with a JSON object, or a 4xx with a request
     * id, {@code x-amzn-ErrorType} equal to the body's {@code __type} and a {@code message}.
     */
    static Optional<String> problem(String kind, String method, int status, Function<String, Optional<String>> header,
            String text) {
        if (status != 200 && (status < 400 || status > 499)) {
            return Optional.of(kind + ": status " + status + " " + text);
        }
        if (header.apply("x-amzn-RequestId").filter(id -> !id.isBlank()).isEmpty()) {
            return Optional.of(kind + ": no request id");
        }
        if ("HEAD".equals(method)) {
            return Optional.empty();
        }
        if (!WireFixtures.JSON_11.equals(header.apply("Content-Type").orElse(""))) {
            return Optional.of(kind + ": content type " + header.apply("Content-Type"));
        }
        Map<String, JsonNode> body;
        try {
            body = JsonNode.parser().parse(text).asObject();
        } catch (RuntimeException e) {
            return Optional.of(kind + ": body is not a JSON object: " + text);
        }
        if (status == 200) {
            return Optional.empty();
        }
        Optional<String> errorType = header.apply("x-amzn-ErrorType");
        JsonNode type = body.get("__type");
        JsonNode message = body.get("message");
        if (type == null || !type.isString() || type.asString().isBlank() || errorType.isEmpty()
                || !errorType.get().equals(type.asString()) || message == null || !message.isString()) {
            return Optional.of(kind + ": ill-formed error " + errorType + " " + text);
        }
        return Optional.empty();
    }

    /** Writes random bytes and broken HTTP to raw connections; the server must shrug them off. */
    static int rawSocketGarbage(InetSocketAddress address, Random random, int connections) throws IOException {
        String[] preambles = {"", "POST / HTTP/1.1\r\n", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"Na",
            "GET /\r\n\r\n", "POST / HTTP/9.9\r\nContent-Length: -5\r\n\r\n", "\u0000\u0000\r\n\r\n"};
        for (int i = 0; i < connections; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(address, 2_000);
                socket.setSoTimeout(200);
                OutputStream out = socket.getOutputStream();
                out.write(preambles[random.nextInt(preambles.length)].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                byte[] garbage = new byte[random.nextInt(400)];
                random.nextBytes(garbage);
                out.write(garbage);
                out.flush();
                socket.shutdownOutput();
                drain(socket.getInputStream());
            }
        }
        return connections;
    }

    private static void drain(InputStream in) {
        try {
            in.readAllBytes();
        } catch (IOException e) {
            // a timeout or reset is an acceptable reaction to garbage; the server's health is checked afterwards
        }
    }
}
