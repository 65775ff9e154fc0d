package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * Two thousand seeded requests to a strict-mode server, signed and then mostly broken in their
 * {@code Authorization}, {@code X-Amz-Date} or {@code Host} header or body: every answer is well-formed (as in
 * {@link WireFuzzTest}), never a 5xx; every broken signature is refused with an AWS signature error, no intact
 * one is; and the server keeps serving.
 */
class StrictWireFuzzTest {
    private static final long SEED = 0x5EED_2026_1205L;
    private static final int REQUESTS = 2_000;
    private static final String KEY_ID = "AKIDFUZZSTRICT";
    private static final String SECRET = "fuzz/secret+key";

    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @Test
    void fuzz_twoThousandSignedAndBrokenRequests_signatureVerdictsRightNever5xx() throws Exception {
        try (FakeAppStream fake = WireFuzzTest.fuzzFake();
                LocalAppStreamServer server = LocalAppStreamServer.builder().fake(fake).strictSignatures(true)
                        .credentials(KEY_ID, SECRET).build().start()) {
            SignedFuzzRequests generator = new SignedFuzzRequests(SEED, server.address().getPort(), KEY_ID, SECRET,
                    server.region().id());
            List<SignedFuzzRequests.Case> cases = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                cases.add(generator.next());
            }
            Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            WireFuzzTest.sendAll(cases, (fuzz, i) -> {
                RawHttp.Response response = RawHttp.exchange(server.address(), fuzz.method(), fuzz.path(),
                        fuzz.headers(), fuzz.body());
                String code = response.header("x-amzn-ErrorType").orElse("OK");
                outcomes.computeIfAbsent(fuzz.expect() + " " + response.status() + " " + code, k -> new AtomicInteger())
                        .incrementAndGet();
                problem(fuzz, response).ifPresent(p -> problems.add("#" + i + " " + p));
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            int garbled = WireFuzzTest.rawSocketGarbage(server.address(), new Random(SEED), 50);
            System.out.printf("strict fuzz: %d requests in %d ms, by expectation, status and code %s; %d raw garbage "
                    + "connections%n", cases.size(), millis, new TreeMap<>(outcomes), garbled);

            assertThat(problems).as("ill-formed answers or wrong signature verdicts").isEmpty();
            assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(REQUESTS);
            assertThat(outcomes.keySet()).noneMatch(k -> k.matches("\\w+ 5\\d\\d .*"))
                    .anyMatch(k -> k.startsWith("ACCEPTED 200 "))
                    .anyMatch(k -> k.startsWith("REJECTED 400 InvalidSignatureException"))
                    .anyMatch(k -> k.startsWith("REJECTED 400 IncompleteSignatureException"))
                    .anyMatch(k -> k.startsWith("REJECTED 400 UnrecognizedClientException"))
                    .anyMatch(k -> k.startsWith("REJECTED 400 MissingAuthenticationTokenException"));
            // still serving, and still checking: the SDK client signs with the configured credentials
            server.client().createImageBuilder(r -> r.name("after-fuzz").instanceType("stream.standard.small")
                    .imageName("AppStream-WinServer2022"));
            assertThat(server.client().describeImageBuilders(r -> r.names("after-fuzz")).imageBuilders())
                    .singleElement().satisfies(b -> assertThat(b.state()).isEqualTo(ImageBuilderState.RUNNING));
        }
    }

    /** A malformed answer, or a signature verdict other than the one the mutation calls for. */
    private static Optional<String> problem(SignedFuzzRequests.Case fuzz, RawHttp.Response response) {
        Optional<String> malformed = WireFuzzTest.problem(fuzz.kind(), fuzz.method(), response.status(),
                response::header, response.body());
        if (malformed.isPresent()) {
            return malformed;
        }
        boolean signatureError = response.header("x-amzn-ErrorType").filter(SignedFuzzRequests.SIGNATURE_ERRORS::contains)
                .isPresent();
        if (fuzz.expect() == SignedFuzzRequests.Expect.ACCEPTED && signatureError) {
            return Optional.of(fuzz.kind() + ": intact signature refused: " + response.body());
        }
        if (fuzz.expect() == SignedFuzzRequests.Expect.REJECTED && fuzz.reachesSignatureCheck() && !signatureError) {
            return Optional.of(fuzz.kind() + ": broken signature accepted: " + response.status() + " " + response.body());
        }
        return Optional.empty();
    }
}
