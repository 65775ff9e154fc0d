package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK client the CLI builds, against a canned endpoint on 127.0.0.1: signing, debug, errors, TLS. */
class HttpClientTest {
    private static final String BUILDER = "{\"ImageBuilder\": {\"Name\": \"demo\", \"State\": \"PENDING\", "
            + "\"CreatedTime\": 1796379330.123}}";

    @TempDir
    static Path tls;
    static SSLContext serverTls;
    static Path caPem;
    /** A valid bundle that does not trust the server's certificate. */
    static Path otherPem;

    @TempDir
    Path home;

    @BeforeAll
    static void certificates() throws Exception {
        TestCertificates certificates = TestCertificates.create(tls);
        serverTls = certificates.serverTls;
        caPem = certificates.caPem;
        otherPem = certificates.otherPem;
    }

    private CliRunner cli() {
        return new CliRunner(home).realClient().env("AWS_MAX_ATTEMPTS", "1");
    }

    @Test
    void maxAttempts_fromTheEnvironment_limitsTheSdkRetries() throws Exception {
        try (StubServer server = StubServer.http().respond(500, "{\"__type\":\"InternalServiceError\",\"message\":\"x\"}")) {
            CliRunner.Result r = cli().env("AWS_MAX_ATTEMPTS", "2").run("delete-image-builder", "--name", "demo",
                    "--endpoint-url", server.endpoint().toString());
            assertThat(r.exitCode).isEqualTo(254);
            assertThat(server.bodies).hasSize(2);
        }
        assertThat(cli().env("AWS_MAX_ATTEMPTS", "many").run("delete-image-builder", "--name", "demo").exitCode)
                .isEqualTo(253);
    }

    @Test
    void request_isSignedAwsJson_andResponseMapsToTheAwsCliShape() throws Exception {
        try (StubServer server = StubServer.http().respond(200, BUILDER)) {
            CliRunner.Result r = cli().run("start-image-builder", "--name", "demo", "--endpoint-url",
                    server.endpoint().toString());
            assertThat(r.exitCode).as(r.toString()).isZero();
            assertThat(r.out).contains("\"CreatedTime\": \"2026-12-04T10:15:30.123000+00:00\"");
            assertThat(server.bodies).containsExactly("{\"Name\":\"demo\"}");
            assertThat(server.headers.get(0).getFirst("X-Amz-Target")).isEqualTo("PhotonAdminProxyService.StartImageBuilder");
            assertThat(server.headers.get(0).getFirst("Authorization")).contains("Credential=AKIDEXAMPLE/");
        }
    }

    @Test
    void debug_logsRequestAndResponse_withCredentialsRedacted() throws Exception {
        try (StubServer server = StubServer.http().respond(200, BUILDER)) {
            CliRunner.Result r = cli().env("AWS_SESSION_TOKEN", "SESSIONTOKEN123").run("start-image-builder",
                    "--name", "demo", "--endpoint-url", server.endpoint().toString(), "--debug");
            assertThat(r.exitCode).isZero();
            assertThat(r.err).contains("Sending request: POST " + server.endpoint(), "{\"Name\":\"demo\"}",
                    "Response: 200", "Authorization=<redacted>", "X-Amz-Security-Token=<redacted>");
            assertThat(r.err).doesNotContain("SESSIONTOKEN123", "Credential=AKIDEXAMPLE");
        }
    }

    @Test
    void disableImdsv1_isAddedToTheBody_thoughTheSdkShapeLacksIt() throws Exception {
        try (StubServer server = StubServer.http().respond(200, BUILDER)) {
            CliRunner.Result r = cli().run("create-image-builder", "--name", "demo", "--instance-type", "t",
                    "--disable-imdsv1", "--endpoint-url", server.endpoint().toString());
            assertThat(r.exitCode).as(r.toString()).isZero();
            assertThat(server.bodies.get(0)).contains("\"DisableIMDSV1\":true", "\"InstanceType\":\"t\"");
        }
    }

    @Test
    void serviceError_fromTheWire_isPrintedAsTheAwsCliDoes() throws Exception {
        try (StubServer server = StubServer.http().respond(400,
                "{\"__type\":\"ConcurrentModificationException\",\"message\":\"busy\"}")) {
            CliRunner.Result r = cli().run("stop-image-builder", "--name", "demo", "--endpoint-url",
                    server.endpoint().toString());
            assertThat(r.exitCode).isEqualTo(254);
            assertThat(r.err).isEqualTo("\nAn error occurred (ConcurrentModificationException) when calling the "
                    + "StopImageBuilder operation: busy\n");
        }
    }

    @Test
    void connectionRefused_isExit255WithTheEndpoint() throws Exception {
        String endpoint;
        try (StubServer server = StubServer.http()) {
            endpoint = server.endpoint().toString();
        }
        CliRunner.Result r = cli().env("AWS_MAX_ATTEMPTS", "1").run("delete-image-builder", "--name", "demo",
                "--endpoint-url", endpoint);
        assertThat(r.exitCode).isEqualTo(255);
        assertThat(r.err).contains("Could not connect to the endpoint URL: \"" + endpoint + "/\"");
    }

    @Test
    void readTimeout_isExit255() throws Exception {
        try (StubServer server = StubServer.http().hang()) {
            CliRunner.Result r = cli().run("delete-image-builder", "--name", "demo", "--endpoint-url",
                    server.endpoint().toString(), "--cli-read-timeout", "1");
            assertThat(r.exitCode).isEqualTo(255);
            assertThat(r.err).contains("Read timeout on endpoint URL: \"" + server.endpoint() + "/\"");
        }
    }

    @Test
    void missingCredentials_isConfigError253() {
        CliRunner.Result r = cli().env("AWS_ACCESS_KEY_ID", null).env("AWS_SECRET_ACCESS_KEY", null)
                .run("delete-image-builder", "--name", "demo", "--endpoint-url", "http://127.0.0.1:9");
        assertThat(r.exitCode).isEqualTo(253);
        assertThat(r.err).contains("Unable to locate credentials.");
    }

    private static final String ROLE_PROFILE = "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/demo\n"
            + "source_profile = base\nregion = us-east-1\n";
    static final String ASSUMED = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            + "<AssumeRoleResult><Credentials><AccessKeyId>ASIAROLE</AccessKeyId><SecretAccessKey>srole"
            + "</SecretAccessKey><SessionToken>ROLETOKEN</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>"
            + "</Credentials><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/demo/s</Arn>"
            + "<AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>"
            + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>";
    private static final String DENIED = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            + "<Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User base is not authorized to perform "
            + "sts:AssumeRole</Message></Error><RequestId>r</RequestId></ErrorResponse>";

    /** The SDK builds the STS client of a role profile itself: its endpoint and files come from system properties. */
    private CliRunner.Result runWithSts(StubServer sts, String... args) {
        CliRunner cli = cli();
        cli.file(".aws/config", ROLE_PROFILE);
        cli.file(".aws/credentials", "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = sbase\n");
        System.setProperty("aws.endpointUrlSts", sts.endpoint().toString());
        System.setProperty("aws.configFile", home.resolve(".aws/config").toString());
        System.setProperty("aws.sharedCredentialsFile", home.resolve(".aws/credentials").toString());
        try {
            return cli.run(args);
        } finally {
            System.clearProperty("aws.endpointUrlSts");
            System.clearProperty("aws.configFile");
            System.clearProperty("aws.sharedCredentialsFile");
        }
    }

    @Test
    void roleProfile_assumesTheRoleWithTheSourceProfile_andSignsWithTheRoleCredentials() throws Exception {
        try (StubServer sts = StubServer.http().respond(200, ASSUMED);
                StubServer appstream = StubServer.http().respond(200, BUILDER)) {
            CliRunner.Result r = runWithSts(sts, "start-image-builder", "--name", "demo", "--profile", "role",
                    "--endpoint-url", appstream.endpoint().toString());
            assertThat(r.exitCode).as(r.toString()).isZero();
            assertThat(sts.bodies).hasSize(1);
            assertThat(sts.bodies.get(0)).contains("Action=AssumeRole",
                    "RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo");
            assertThat(sts.headers.get(0).getFirst("Authorization")).contains("Credential=AKIDBASE/");
            assertThat(appstream.headers.get(0).getFirst("Authorization")).contains("Credential=ASIAROLE/");
            assertThat(appstream.headers.get(0).getFirst("X-Amz-Security-Token")).isEqualTo("ROLETOKEN");
        }
    }

    @Test
    void roleProfile_refusedBySts_isTheAssumeRoleError254_notMissingCredentials() throws Exception {
        try (StubServer sts = StubServer.http().respond(403, DENIED)) {
            CliRunner.Result r = runWithSts(sts, "delete-image-builder", "--name", "demo", "--profile", "role",
                    "--endpoint-url", "http://127.0.0.1:9");
            assertThat(r.exitCode).as(r.toString()).isEqualTo(254);
            assertThat(r.err).isEqualTo("\nAn error occurred (AccessDenied) when calling the AssumeRole operation: "
                    + "User base is not authorized to perform sts:AssumeRole\n");
        }
    }

    @Test
    void noSignRequest_sendsNoAuthorization() throws Exception {
        try (StubServer server = StubServer.http().respond(200, BUILDER)) {
            CliRunner.Result r = cli().env("AWS_ACCESS_KEY_ID", null).run("start-image-builder", "--name", "demo",
                    "--endpoint-url", server.endpoint().toString(), "--no-sign-request");
            assertThat(r.exitCode).as(r.toString()).isZero();
            assertThat(server.headers.get(0).getFirst("Authorization")).isNull();
        }
    }

    @Test
    void tls_untrustedCertificate_failsWith255_noVerifySslAndCaBundleSucceed() throws Exception {
        try (StubServer server = StubServer.https(serverTls).respond(200, BUILDER)) {
            String endpoint = server.endpoint().toString();
            CliRunner.Result untrusted = cli().env("AWS_MAX_ATTEMPTS", "1").run("start-image-builder", "--name",
                    "demo", "--endpoint-url", endpoint);
            assertThat(untrusted.exitCode).isEqualTo(255);
            assertThat(untrusted.err).contains("SSL validation failed for " + endpoint);

            CliRunner.Result insecure = cli().run("start-image-builder", "--name", "demo", "--endpoint-url",
                    endpoint, "--no-verify-ssl");
            assertThat(insecure.exitCode).as(insecure.toString()).isZero();
            assertThat(insecure.err).contains("InsecureRequestWarning: Unverified HTTPS request is being made to "
                    + "host '127.0.0.1'");

            CliRunner.Result bundle = cli().run("start-image-builder", "--name", "demo", "--endpoint-url", endpoint,
                    "--ca-bundle", caPem.toString());
            assertThat(bundle.exitCode).as(bundle.toString()).isZero();
            CliRunner.Result viaEnv = cli().env("AWS_CA_BUNDLE", caPem.toString()).run("start-image-builder",
                    "--name", "demo", "--endpoint-url", endpoint);
            assertThat(viaEnv.exitCode).isZero();
        }
    }

    @Test
    void tls_noVerifySsl_winsOverACaBundleFromOptionEnvironmentOrProfile() throws Exception {
        try (StubServer server = StubServer.https(serverTls).respond(200, BUILDER)) {
            String endpoint = server.endpoint().toString();
            CliRunner.Result distrusted = cli().run("start-image-builder", "--name", "demo", "--endpoint-url",
                    endpoint, "--ca-bundle", otherPem.toString());
            assertThat(distrusted.exitCode).as(distrusted.toString()).isEqualTo(255);

            CliRunner.Result option = cli().run("start-image-builder", "--name", "demo", "--endpoint-url", endpoint,
                    "--ca-bundle", otherPem.toString(), "--no-verify-ssl");
            assertThat(option.exitCode).as(option.toString()).isZero();
            assertThat(option.err).startsWith("InsecureRequestWarning: ");
            CliRunner.Result env = cli().env("AWS_CA_BUNDLE", otherPem.toString()).run("start-image-builder",
                    "--name", "demo", "--endpoint-url", endpoint, "--no-verify-ssl");
            assertThat(env.exitCode).as(env.toString()).isZero();
            CliRunner profile = cli();
            profile.file(".aws/config", "[default]\nca_bundle = " + otherPem + "\n");
            CliRunner.Result fromProfile = profile.run("start-image-builder", "--name", "demo", "--endpoint-url",
                    endpoint, "--no-verify-ssl");
            assertThat(fromProfile.exitCode).as(fromProfile.toString()).isZero();
            CliRunner.Result missing = cli().run("start-image-builder", "--name", "demo", "--endpoint-url", endpoint,
                    "--ca-bundle", "missing.pem", "--no-verify-ssl");
            assertThat(missing.exitCode).as(missing.toString()).isZero();
            assertThat(server.bodies).hasSize(4);
        }
    }

    @Test
    void caBundle_unreadable_isConfigError253() {
        CliRunner.Result r = cli().run("start-image-builder", "--name", "demo", "--endpoint-url",
                "https://127.0.0.1:9", "--ca-bundle", "missing.pem");
        assertThat(r.exitCode).isEqualTo(253);
        assertThat(r.err).contains("Unable to load CA bundle");
    }
}
