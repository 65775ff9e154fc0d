package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersRequest;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** Strict mode serves requests the Java SDK signed and answers bad credentials and signatures like AWS. */
class StrictSignatureTest {
    private static final String KEY_ID = WireFixtures.STRICT_KEY_ID;
    private static final String SECRET = WireFixtures.STRICT_SECRET;

    private FakeAppStream fake;
    private LocalAppStreamServer server;

    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @BeforeEach
    void start() {
        fake = FakeAppStream.create().givenImageBuilder("signed", ImageBuilderState.RUNNING);
        server = WireFixtures.startStrict(fake, Region.EU_WEST_1);
    }

    @AfterEach
    void stop() {
        server.close();
        fake.close();
    }

    @Test
    void goodSignature_isServed() {
        assertThat(server.client().describeImageBuilders(r -> r.names("signed")).imageBuilders())
                .singleElement().satisfies(b -> assertThat(b.state()).isEqualTo(ImageBuilderState.RUNNING));
    }

    @Test
    void goodSignature_withBodyAndSessionToken_isServed() {
        try (AppStreamClient sdk = server.newClient(b -> b.credentialsProvider(StaticCredentialsProvider.create(
                AwsSessionCredentials.create(KEY_ID, SECRET, "session-token"))))) {
            assertThat(sdk.createImageBuilder(r -> r.name("with-token").instanceType("stream.standard.small")
                    .imageName("img")
                    .description("ünïcödé body ✓")).imageBuilder().name()).isEqualTo("with-token");
        }
    }

    @Test
    void wrongSecret_isInvalidSignatureException() {
        AppStreamException e = callWith(KEY_ID, "not-the-secret", Region.EU_WEST_1);

        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).contains("signature we calculated does not match");
        assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("not-the-secret");
    }

    @Test
    void unknownAccessKey_isUnrecognizedClientException() {
        AppStreamException e = callWith("AKIDUNKNOWN", SECRET, Region.EU_WEST_1);

        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
        assertThat(e.statusCode()).isEqualTo(400);
    }

    @Test
    void otherRegion_isInvalidSignatureException() {
        AppStreamException e = callWith(KEY_ID, SECRET, Region.US_WEST_2);

        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
        assertThat(e.awsErrorDetails().errorMessage()).contains("us-west-2");
    }

    @Test
    void unsigned_isMissingAuthenticationToken() {
        HttpResponse<String> response = WireFixtures.post(server.endpoint(), WireFixtures.PREFIX + "DescribeImageBuilders",
                WireFixtures.JSON_11, "{}");

        RawProtocolTest.assertError(response, 400, "MissingAuthenticationTokenException");
    }

    @Test
    void tamperedSignatureHeader_isIncompleteOrInvalid() {
        HttpResponse<String> response = WireFixtures.send(java.net.http.HttpRequest.newBuilder(server.endpoint())
                .header("X-Amz-Target", WireFixtures.PREFIX + "DescribeImageBuilders")
                .header("Content-Type", WireFixtures.JSON_11)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + KEY_ID + "/garbage")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());

        RawProtocolTest.assertError(response, 400, "IncompleteSignatureException");
    }

    @Test
    void lenientServer_acceptsAnyCredentials() {
        try (LocalAppStreamServer lenient = LocalAppStreamServer.builder().fake(fake).build().start();
                AppStreamClient sdk = lenient.newClient(b -> b.region(Region.AP_SOUTHEAST_2).credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("whoever", "whatever"))))) {
            assertThat(sdk.describeImageBuilders(DescribeImageBuildersRequest.builder().build()).imageBuilders()).hasSize(1);
        }
    }

    private AppStreamException callWith(String keyId, String secret, Region region) {
        try (AppStreamClient sdk = server.newClient(b -> b.region(region).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret))))) {
            return catchThrowableOfType(AppStreamException.class,
                    () -> sdk.describeImageBuilders(r -> r.names("signed")));
        }
    }
}
