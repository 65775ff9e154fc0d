package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * Strict mode accepts requests signed by clients other than the Java SDK, which sign fewer headers: requests
 * recorded from boto3 and replayed byte for byte, and requests signed by {@link SigV4TestSigner}; it rejects
 * them once changed after signing.
 */
class StrictSignatureInteropTest {
    private static final String KEY_ID = WireFixtures.STRICT_KEY_ID;
    private static final String SECRET = WireFixtures.STRICT_SECRET;
    private static final String DATE = "20240506T070809Z";
    private static final Set<String> BOTOCORE_SIGNED = Set.of("content-type", "host", "x-amz-date", "x-amz-target");
    private static final String DESCRIBE_SIGNED = "{\"Names\": [\"signed\"]}";

    private FakeAppStream fake;
    private LocalAppStreamServer server;

    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @BeforeEach
    void start() {
        fake = FakeAppStream.create().givenImageBuilder("signed", ImageBuilderState.RUNNING);
        server = WireFixtures.startStrict(fake, Region.US_EAST_1);
    }

    @AfterEach
    void stop() {
        server.close();
        fake.close();
    }

    /** DescribeImageBuilders as boto3 1.43.11 sent it to http://127.0.0.1:4566, signed at 2024-05-06T07:08:09Z. */
    private static List<RawHttp.Header> boto3Describe() {
        return headers("Host", "127.0.0.1:4566",
                "X-Amz-Target", "PhotonAdminProxyService.DescribeImageBuilders",
                "Content-Type", "application/x-amz-json-1.1",
                "User-Agent", "Boto3/1.43.11 md/Botocore#1.43.11 ua/2.1 os/linux#6.18.44-fc-v1252 md/arch#x86_64 "
                        + "lang/python#3.11.7 md/pyimpl#CPython m/b,D,Z,N,e cfg/retry-mode#legacy Botocore/1.43.11",
                "X-Amz-Date", DATE,
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240506/us-east-1/appstream/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
                        + "Signature=2cb3209ee081ceb057cb80fefc87ef12b2a8f934a2d1b552e07d5e47a1d8f127",
                "amz-sdk-invocation-id", "cde118c7-8db3-4b63-b7bb-69a4310d616f",
                "amz-sdk-request", "attempt=1");
    }

    @Test
    void boto3Describe_replayed_isServed() {
        RawHttp.Response response = send(boto3Describe(), DESCRIBE_SIGNED);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(JsonNode.parser().parse(response.body()).field("ImageBuilders").orElseThrow().asArray())
                .singleElement().satisfies(b -> assertThat(b.field("State").orElseThrow().asString()).isEqualTo("RUNNING"));
    }

    @Test
    void boto3CreateWithSessionTokenAndUnicodeBody_replayed_isServed() {
        List<RawHttp.Header> headers = headers("Host", "127.0.0.1:4566",
                "X-Amz-Target", "PhotonAdminProxyService.CreateImageBuilder",
                "Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Date", DATE,
                "X-Amz-Security-Token", "session-token",
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240506/us-east-1/appstream/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, "
                        + "Signature=9baafb253e834ed9a7e7abbbdfce6d3eb81e59b1c79906e1326a8c878b35916b");

        RawHttp.Response response = send(headers, "{\"Name\": \"from-boto3\", \"InstanceType\": \"stream.standard.small\", "
                + "\"ImageName\": \"AppStream-WinServer2022\", \"Description\": "
                + "\"\\u00fcn\\u00efc\\u00f6d\\u00e9 \\u2713\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(fake.sdkImageBuilder("from-boto3")).get()
                .satisfies(b -> assertThat(b.description()).isEqualTo("ünïcödé ✓"));
    }

    @Test
    void boto3Describe_bodyChangedAfterSigning_isInvalidSignature() {
        RawHttp.Response response = send(boto3Describe(), DESCRIBE_SIGNED.replace("signed", "signee"));

        assertError(response, "InvalidSignatureException");
        assertThat(message(response)).contains("signature we calculated does not match",
                "content-type:application/x-amz-json-1.1\nhost:127.0.0.1:4566\n");
    }

    @Test
    void boto3Describe_otherHost_isInvalidSignature() {
        List<RawHttp.Header> headers = new ArrayList<>(boto3Describe());
        headers.set(0, new RawHttp.Header("Host", "127.0.0.1:4567"));

        assertError(send(headers, DESCRIBE_SIGNED), "InvalidSignatureException");
    }

    @Test
    void signedOnlyAsBotocoreDoes_isServed() {
        RawHttp.Response response = send(signed(describeHeaders(), DESCRIBE_SIGNED, SECRET, BOTOCORE_SIGNED),
                DESCRIBE_SIGNED);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void extraSignedHeaders_repeatedAndSpaced_areServed() {
        List<RawHttp.Header> headers = describeHeaders();
        headers.add(new RawHttp.Header("X-Custom", "  first   value  "));
        headers.add(new RawHttp.Header("X-Custom", "second"));
        headers.add(new RawHttp.Header("User-Agent", "curl/8.5.0   (test)"));

        RawHttp.Response response = send(signed(headers, DESCRIBE_SIGNED, SECRET,
                Set.of("content-type", "host", "user-agent", "x-amz-date", "x-amz-target", "x-custom")), DESCRIBE_SIGNED);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void contentSha256Header_matchingTheBody_isServed() {
        List<RawHttp.Header> headers = describeHeaders();
        headers.add(new RawHttp.Header("X-Amz-Content-Sha256", sha256Hex(DESCRIBE_SIGNED)));
        Set<String> toSign = Set.of("content-type", "host", "x-amz-content-sha256", "x-amz-date", "x-amz-target");

        RawHttp.Response response = send(signed(headers, DESCRIBE_SIGNED, SECRET, toSign), DESCRIBE_SIGNED);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void contentSha256Header_notMatchingTheBody_isInvalidSignature() {
        String sent = "{\"Names\": [\"other\"]}";
        List<RawHttp.Header> headers = describeHeaders();
        headers.add(new RawHttp.Header("X-Amz-Content-Sha256", sha256Hex(DESCRIBE_SIGNED)));
        Set<String> toSign = Set.of("content-type", "host", "x-amz-content-sha256", "x-amz-date", "x-amz-target");

        RawHttp.Response response = send(signed(headers, DESCRIBE_SIGNED, SECRET, toSign), sent);

        assertError(response, "InvalidSignatureException");
        assertThat(message(response)).contains("x-amz-content-sha256");
    }

    @Test
    void bodyChangedAfterSigning_isInvalidSignature() {
        assertError(send(signed(describeHeaders(), DESCRIBE_SIGNED, SECRET, BOTOCORE_SIGNED), "{}"),
                "InvalidSignatureException");
    }

    @Test
    void wrongSecret_isInvalidSignature() {
        RawHttp.Response response = send(signed(describeHeaders(), DESCRIBE_SIGNED, "not-the-secret", BOTOCORE_SIGNED),
                DESCRIBE_SIGNED);

        assertError(response, "InvalidSignatureException");
        assertThat(response.body()).doesNotContain(SECRET).doesNotContain("not-the-secret");
    }

    @Test
    void unknownAccessKey_isUnrecognizedClient() {
        SigV4TestSigner stranger = new SigV4TestSigner("AKIDSTRANGER", SECRET, "us-east-1", "appstream");
        List<RawHttp.Header> headers = describeHeaders();
        headers.add(new RawHttp.Header("Authorization", stranger.authorization("POST", "/", headers,
                bytes(DESCRIBE_SIGNED), BOTOCORE_SIGNED)));

        assertError(send(headers, DESCRIBE_SIGNED), "UnrecognizedClientException");
    }

    @Test
    void hostNotSigned_isIncompleteSignature() {
        RawHttp.Response response = send(signed(describeHeaders(), DESCRIBE_SIGNED, SECRET,
                Set.of("content-type", "x-amz-date", "x-amz-target")), DESCRIBE_SIGNED);

        assertError(response, "IncompleteSignatureException");
        assertThat(message(response)).contains("'Host'");
    }

    @Test
    void signedHeaderNotSent_isInvalidSignature() {
        List<RawHttp.Header> headers = describeHeaders();
        headers.add(new RawHttp.Header("X-Custom", "gone"));
        List<RawHttp.Header> sent = signed(headers, DESCRIBE_SIGNED, SECRET,
                Set.of("content-type", "host", "x-amz-date", "x-amz-target", "x-custom"));
        sent.removeIf(h -> h.name().equals("X-Custom"));

        RawHttp.Response response = send(sent, DESCRIBE_SIGNED);

        assertError(response, "InvalidSignatureException");
        assertThat(message(response)).contains("x-custom");
    }

    @Test
    void dateChangedAfterSigning_isInvalidSignature() {
        List<RawHttp.Header> headers = signed(describeHeaders(), DESCRIBE_SIGNED, SECRET, BOTOCORE_SIGNED);
        headers.replaceAll(h -> h.name().equals("X-Amz-Date") ? new RawHttp.Header("X-Amz-Date", "20240506T070810Z") : h);

        assertError(send(headers, DESCRIBE_SIGNED), "InvalidSignatureException");
    }

    @Test
    void noDate_isIncompleteSignature() {
        List<RawHttp.Header> headers = signed(describeHeaders(), DESCRIBE_SIGNED, SECRET, BOTOCORE_SIGNED);
        headers.removeIf(h -> h.name().equals("X-Amz-Date"));

        assertError(send(headers, DESCRIBE_SIGNED), "IncompleteSignatureException");
    }

    @Test
    void garbledAuthorizations_areWellFormed400s() {
        String scope = "Credential=" + KEY_ID + "/20240506/us-east-1/appstream/aws4_request";
        for (String garbled : new String[] {"", "AWS4-HMAC-SHA256", "Bearer xyz", scope,
            "AWS4-HMAC-SHA256 " + scope + ", SignedHeaders=host;x-amz-date",
            "AWS4-HMAC-SHA256 Credential=" + KEY_ID + "//us-east-1/appstream/aws4_request, SignedHeaders=host, Signature=00",
            "AWS4-HMAC-SHA256 " + scope + ", SignedHeaders=, Signature=00",
            "AWS4-HMAC-SHA256 " + scope + ", SignedHeaders=;;, Signature=00"}) {
            List<RawHttp.Header> headers = describeHeaders();
            headers.add(new RawHttp.Header("Authorization", garbled));

            RawHttp.Response response = send(headers, DESCRIBE_SIGNED);

            assertThat(response.header("x-amzn-ErrorType")).as(garbled).get()
                    .isIn("IncompleteSignatureException", "InvalidSignatureException");
            assertError(response, response.header("x-amzn-ErrorType").orElseThrow());
        }
    }

    private List<RawHttp.Header> describeHeaders() {
        return headers("Host", "127.0.0.1:" + server.address().getPort(),
                "X-Amz-Target", "PhotonAdminProxyService.DescribeImageBuilders",
                "Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Date", DATE);
    }

    /** The headers plus an Authorization by the test signer for {@code body} under {@code secret}. */
    private static List<RawHttp.Header> signed(List<RawHttp.Header> headers, String body, String secret,
            Set<String> toSign) {
        SigV4TestSigner signer = new SigV4TestSigner(KEY_ID, secret, "us-east-1", "appstream");
        List<RawHttp.Header> signed = new ArrayList<>(headers);
        signed.add(new RawHttp.Header("Authorization", signer.authorization("POST", "/", headers, bytes(body), toSign)));
        return signed;
    }

    private RawHttp.Response send(List<RawHttp.Header> headers, String body) {
        return RawHttp.exchange(server.address(), "POST", "/", headers, bytes(body));
    }

    private static List<RawHttp.Header> headers(String... namesAndValues) {
        List<RawHttp.Header> headers = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(new RawHttp.Header(namesAndValues[i], namesAndValues[i + 1]));
        }
        return headers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes(text)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertError(RawHttp.Response response, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("x-amzn-ErrorType")).as(response.body()).hasValue(code);
        assertThat(response.header("x-amzn-RequestId")).get().asString().isNotBlank();
        assertThat(response.header("Content-Type")).hasValue(WireFixtures.JSON_11);
        JsonNode body = JsonNode.parser().parse(response.body());
        assertThat(body.field("__type").orElseThrow().asString()).isEqualTo(code);
        assertThat(body.field("message").orElseThrow().asString()).isNotBlank();
    }

    private static String message(RawHttp.Response response) {
        return JsonNode.parser().parse(response.body()).field("message").map(JsonNode::asString).orElse("");
    }
}
