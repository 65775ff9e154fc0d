package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The test signer reproduces the AWS SigV4 test suite ({@code aws-sig-v4-test-suite}: AKIDEXAMPLE, us-east-1,
 * service "service", 2015-08-30T12:36:00Z), so the strict-mode tests that rely on it check the emulator against
 * SigV4 itself rather than against another copy of the emulator's code.
 */
class SigV4TestSignerTest {
    private static final SigV4TestSigner SIGNER = new SigV4TestSigner("AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");
    private static final RawHttp.Header HOST = new RawHttp.Header("Host", "example.amazonaws.com");
    private static final RawHttp.Header DATE = new RawHttp.Header("X-Amz-Date", "20150830T123600Z");
    private static final String SCOPE = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";

    @Test
    void getVanilla_matchesTheSuite() {
        assertThat(SIGNER.authorization("GET", "/", List.of(HOST, DATE), new byte[0], Set.of("host", "x-amz-date")))
                .isEqualTo(SCOPE + "SignedHeaders=host;x-amz-date, "
                        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void postVanilla_matchesTheSuite() {
        assertThat(SIGNER.authorization("POST", "/", List.of(HOST, DATE), new byte[0], Set.of("host", "x-amz-date")))
                .isEqualTo(SCOPE + "SignedHeaders=host;x-amz-date, "
                        + "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    @Test
    void postFormBody_hashesTheBody_matchesTheSuite() {
        List<RawHttp.Header> headers = List.of(new RawHttp.Header("Content-Type", "application/x-www-form-urlencoded"),
                HOST, DATE);

        assertThat(SIGNER.authorization("POST", "/", headers, "Param1=value1".getBytes(StandardCharsets.UTF_8),
                Set.of("content-type", "host", "x-amz-date")))
                .isEqualTo(SCOPE + "SignedHeaders=content-type;host;x-amz-date, "
                        + "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a");
    }

    @Test
    void headerValueTrim_foldsWhitespace_matchesTheSuite() {
        List<RawHttp.Header> headers = List.of(HOST, new RawHttp.Header("My-Header1", " value1"),
                new RawHttp.Header("My-Header2", " \"a   b   c\""), DATE);

        assertThat(SIGNER.authorization("GET", "/", headers, new byte[0],
                Set.of("host", "my-header1", "my-header2", "x-amz-date")))
                .isEqualTo(SCOPE + "SignedHeaders=host;my-header1;my-header2;x-amz-date, "
                        + "Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736");
    }
}
