package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.cli.AppstreamProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/**
 * Every global option (and the variables and files behind them) through the launcher as a user runs it: one
 * process a row, against one strict emulator process for the class, or against canned endpoints that record what
 * they were sent. HOME is a directory of the test's, with its own shared config and credentials files.
 */
class GlobalOptionsIT {
    private static final String DELETING = "{\"ImageBuilder\": {\"Name\": \"demo\", \"State\": \"DELETING\"}}";
    private static final String SSO_CREDENTIALS = "{\"roleCredentials\": {\"accessKeyId\": \"ASIASSO\", "
            + "\"secretAccessKey\": \"s\", \"sessionToken\": \"t\", \"expiration\": 4102444800000}}";
    private static final String START_URL = "https://example.awsapps.com/start";

    @TempDir
    static Path home;
    static Process emulator;
    static final Map<String, String> PLACES = new HashMap<>();
    static final List<StubServer> STUBS = new ArrayList<>();
    static StubServer appstream;

    @BeforeAll
    static void start() throws Exception {
        emulator = AppstreamProcess.builder(home, Map.of(), AppstreamProcess.launcher("emulator", "--bind", "127.0.0.1",
                "--strict", "--access-key-id", "AKIDEMU", "--secret-access-key", "emusecret", "--delete-duration",
                "2s")).redirectError(home.resolve("emulator.err").toFile()).start();
        emulator.getOutputStream().close();
        BufferedReader lines = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
        List<String> banner = CompletableFuture.supplyAsync(() -> lines.lines().limit(2).toList()).get(60, TimeUnit.SECONDS);
        assertThat(banner.get(0)).startsWith("AppStream emulator listening on http://127.0.0.1:");
        assertThat(banner.get(1)).contains("access key AKIDEMU, secret emusecret (signatures checked)", "delete 2s");
        String endpoint = banner.get(0).substring(banner.get(0).indexOf("http://"));
        PLACES.put("{emulator}", endpoint);
        try (AppStreamClient client = AppStreamClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1).httpClient(ApacheHttpClient.create()).credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEMU", "emusecret"))).build()) {
            // 28 in all: more than the 25 of one page
            for (int i = 1; i <= 27; i++) {
                String name = "b" + i;
                client.createImageBuilder(b -> b.name(name).instanceType("stream.standard.medium").imageName("i"));
            }
        }
        TestCertificates tls = TestCertificates.create(Files.createDirectories(home.resolve("tls")));
        PLACES.put("{ca}", tls.caPem.toString());
        PLACES.put("{other}", tls.otherPem.toString());
        appstream = stub("{stub}", StubServer.http().respond(200, DELETING));
        stub("{https}", StubServer.https(tls.serverTls).respond(200, DELETING));
        stub("{hang}", StubServer.http().hang());
        stub("{sts}", StubServer.http().respond(200, HttpClientTest.ASSUMED));
        stub("{sso}", StubServer.http().respond(200, SSO_CREDENTIALS));
        files();
    }

    private static StubServer stub(String place, StubServer server) {
        STUBS.add(server);
        PLACES.put(place, server.endpoint().toString());
        return server;
    }

    private static void files() throws Exception {
        Files.createDirectories(home.resolve(".aws/sso/cache"));
        Files.writeString(home.resolve(".aws/config"), "[profile p]\nregion = ap-south-1\n"
                + "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/demo\nsource_profile = p\n"
                + "region = us-east-1\n"
                + "[profile sso]\nsso_start_url = " + START_URL + "\nsso_region = us-east-1\n"
                + "sso_account_id = 123456789012\nsso_role_name = Admin\nregion = us-east-1\n");
        Files.writeString(home.resolve(".aws/credentials"), "[p]\naws_access_key_id = AKIDPROFILE\n"
                + "aws_secret_access_key = sp\n");
        // the token cache `aws sso login` writes, named by the SHA-1 of the start URL
        StringBuilder sha1 = new StringBuilder();
        for (byte b : java.security.MessageDigest.getInstance("SHA-1").digest(START_URL.getBytes(StandardCharsets.UTF_8))) {
            sha1.append(String.format("%02x", b));
        }
        Files.writeString(home.resolve(".aws/sso/cache/" + sha1 + ".json"), "{\"startUrl\": \"" + START_URL
                + "\", \"region\": \"us-east-1\", \"accessToken\": \"SSOTOKEN\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}");
        Files.writeString(home.resolve("names.json"), "{\"Names\": [\"b2\"]}");
        Files.writeString(home.resolve("names.yaml"), "Names:\n- b1\n");
    }

    @AfterAll
    static void stop() throws Exception {
        STUBS.forEach(StubServer::close);
        if (emulator != null) {
            emulator.destroy();
            assertThat(emulator.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @BeforeEach
    void forget() {
        appstream.bodies.clear();
        appstream.headers.clear();
    }

    /**
     * One command line and what must come of it. Expectations are substrings of stdout, stderr or the request the
     * {stub} endpoint received; a leading ! means must not appear. Stderr must be empty unless expected.
     */
    static final class Row {
        final String name;
        final List<String> args;
        final Map<String, String> env = new HashMap<>(Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID",
                "AKIDEMU", "AWS_SECRET_ACCESS_KEY", "emusecret", "AWS_MAX_ATTEMPTS", "1"));
        int exit;
        final List<String> out = new ArrayList<>();
        final List<String> err = new ArrayList<>();
        final List<String> sent = new ArrayList<>();

        Row(String name, String... args) {
            this.name = name;
            this.args = List.of(args);
        }

        Row env(String variable, String value) {
            env.put(variable, value);
            return this;
        }

        Row exit(int code) {
            exit = code;
            return this;
        }

        Row out(String... expected) {
            out.addAll(List.of(expected));
            return this;
        }

        Row err(String... expected) {
            err.addAll(List.of(expected));
            return this;
        }

        Row sent(String... expected) {
            sent.addAll(List.of(expected));
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, String... args) {
        return new Row(name, args);
    }

    private static String[] describe(String... extra) {
        List<String> args = new ArrayList<>(List.of("describe-image-builders", "--endpoint-url", "{emulator}"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private static String[] delete(String... extra) {
        List<String> args = new ArrayList<>(List.of("delete-image-builder", "--name", "demo"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    static Stream<Row> rows() {
        String names = "ImageBuilders[].Name";
        return Stream.of(
                row("--cli-input-json inline, --output yaml", describe("--cli-input-json", "{\"Names\": [\"b1\"]}",
                        "--output", "yaml")).out("ImageBuilders:\n- ", "Name: b1\n"),
                row("--cli-input-json file://, --output yaml-stream", describe("--cli-input-json",
                        "file://names.json", "--output", "yaml-stream")).out("- ImageBuilders:\n  - ", "Name: b2\n"),
                row("--cli-input-yaml inline, --cli-binary-format before the command", "--cli-binary-format",
                        "raw-in-base64-out", "describe-image-builders", "--endpoint-url", "{emulator}",
                        "--cli-input-yaml", "Names: [demo]", "--query", "ImageBuilders[0].State", "--output", "text")
                        .out("STOPPED\n"),
                row("--cli-input-yaml file://, --no-cli-pager", describe("--cli-input-yaml", "file://names.yaml",
                        "--no-cli-pager", "--query", names, "--output", "text")).env("AWS_PAGER", "false").out("b1\n"),
                row("--output table --color on", describe("--names", "demo", "--output", "table", "--color", "on"))
                        .out("DescribeImageBuilders", "\u001b[1m"),
                row("--no-paginate: one page of 25", describe("--no-paginate", "--query", "length(ImageBuilders)"))
                        .out("25\n"),
                row("AWS_ENDPOINT_URL, keys the strict emulator accepts", "describe-image-builders", "--query",
                        "length(ImageBuilders)").env("AWS_ENDPOINT_URL", "{emulator}").out("28\n"),
                row("wait, unknown builder", "wait", "image-builder-running", "--name", "nope", "--endpoint-url",
                        "{emulator}").exit(255).err("\nWaiter ImageBuilderRunning failed: An error occurred "
                                + "(ResourceNotFoundException): Image builder nope does not exist; check --name"),
                row("--profile over the key variables", delete("--profile", "p", "--endpoint-url", "{stub}"))
                        .env("AWS_REGION", null).out("DELETING")
                        .sent("Credential=AKIDPROFILE/", "/ap-south-1/appstream/aws4_request"),
                row("AWS_PROFILE, AWS_DEFAULT_REGION over its region", delete("--endpoint-url", "{stub}"))
                        .env("AWS_PROFILE", "p").env("AWS_REGION", null).env("AWS_DEFAULT_REGION", "eu-west-3")
                        .env("AWS_ACCESS_KEY_ID", null).env("AWS_SECRET_ACCESS_KEY", null)
                        .sent("Credential=AKIDPROFILE/", "/eu-west-3/appstream/aws4_request"),
                row("--region over AWS_REGION", delete("--region", "eu-west-1", "--endpoint-url", "{stub}"))
                        .sent("Credential=AKIDEMU/", "/eu-west-1/appstream/aws4_request"),
                row("AWS_REGION over AWS_DEFAULT_REGION", delete("--endpoint-url", "{stub}"))
                        .env("AWS_REGION", "eu-west-2").env("AWS_DEFAULT_REGION", "eu-west-3")
                        .sent("/eu-west-2/appstream/aws4_request"),
                row("--no-sign-request", delete("--no-sign-request", "--endpoint-url", "{stub}"))
                        .env("AWS_ACCESS_KEY_ID", null).sent("!Authorization", "!AKIDEMU"),
                row("role profile, through STS", delete("--profile", "role", "--endpoint-url", "{stub}"))
                        .env("AWS_ENDPOINT_URL_STS", "{sts}").sent("Credential=ASIAROLE/", "ROLETOKEN"),
                row("SSO profile, from the token cache", delete("--profile", "sso", "--endpoint-url", "{stub}"))
                        .env("AWS_ENDPOINT_URL_SSO", "{sso}").sent("Credential=ASIASSO/"),
                row("--cli-read-timeout and --cli-connect-timeout", delete("--endpoint-url", "{hang}",
                        "--cli-connect-timeout", "5", "--cli-read-timeout", "1")).exit(255)
                        .err("Read timeout on endpoint URL: \"{hang}/\""),
                row("--ca-bundle", delete("--endpoint-url", "{https}", "--ca-bundle", "{ca}")).out("DELETING"),
                row("--no-verify-ssl over --ca-bundle", delete("--endpoint-url", "{https}", "--ca-bundle", "{other}",
                        "--no-verify-ssl")).out("DELETING").err("InsecureRequestWarning: Unverified HTTPS request"),
                row("--no-verify-ssl over AWS_CA_BUNDLE", delete("--endpoint-url", "{https}", "--no-verify-ssl"))
                        .env("AWS_CA_BUNDLE", "{other}").out("DELETING").err("InsecureRequestWarning: "),
                row("--cli-auto-prompt without a terminal", "stop-image-builder", "--cli-auto-prompt").exit(252)
                        .err("appstream: error: the following arguments are required: --name", "!Name (--name): "),
                row("--generate-cli-skeleton output", "start-image-builder", "--name", "demo",
                        "--generate-cli-skeleton", "output").out("{\n    \"ImageBuilder\": {\n"),
                row("--generate-cli-skeleton yaml-input", "start-image-builder", "--generate-cli-skeleton",
                        "yaml-input").out("Name: ", "AppstreamAgentVersion: "),
                row("--version after a command", "start-image-builder", "--version").out("appstream/"),
                row("create-image-builder --local", "create-image-builder", "--name", "b99", "--instance-type",
                        "stream.standard.medium", "--image-name", "i", "--local", "--query", "ImageBuilder.State",
                        "--output", "text").out("PENDING\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void option_worksInTheProcess(Row row) throws Exception {
        Map<String, String> env = new HashMap<>();
        row.env.forEach((k, v) -> env.put(k, v == null ? null : place(v)));
        AppstreamProcess.Run r = AppstreamProcess.run(home, env, AppstreamProcess.launcher(
                row.args.stream().map(GlobalOptionsIT::place).toArray(String[]::new)));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(row.exit);
        expect(r.out(), row.out, r);
        if (row.err.isEmpty()) {
            assertThat(r.err()).as(r.toString()).isEmpty();
        }
        expect(r.err(), row.err, r);
        if (!row.sent.isEmpty()) {
            assertThat(appstream.headers).as(r.toString()).hasSize(1);
            expect(new java.util.TreeMap<>(appstream.headers.get(0)).toString(), row.sent, r);
        }
    }

    private static void expect(String actual, List<String> expectations, AppstreamProcess.Run run) {
        for (String expected : expectations) {
            if (expected.startsWith("!")) {
                assertThat(actual).as(run.toString()).doesNotContain(place(expected.substring(1)));
            } else {
                assertThat(actual).as(run.toString()).contains(place(expected));
            }
        }
    }

    private static String place(String value) {
        String placed = value;
        for (Map.Entry<String, String> e : PLACES.entrySet()) {
            placed = placed.replace(e.getKey(), e.getValue());
        }
        return placed;
    }
}
