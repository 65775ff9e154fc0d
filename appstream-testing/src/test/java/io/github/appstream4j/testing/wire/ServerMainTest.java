package io.github.appstream4j.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.internal.wire.ServerMain;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** The standalone emulator: options, first stdout line, serving, exit codes. */
class ServerMainTest {
    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @Test
    void launch_printsEndpointFirstAndServesAFakeWithTheGivenDurations() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Optional<ServerMain.Running> running = ServerMain.launch(
                new String[] {"--port", "0", "--start-duration", "PT0S", "--stop-duration=0", "--region", "eu-west-1"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(running).isPresent();
        try (ServerMain.Running emulator = running.get()) {
            String firstLine = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertThat(firstLine).isEqualTo(emulator.server().endpoint().toString()).startsWith("http://127.0.0.1:");
            try (AppStreamClient sdk = client(URI.create(firstLine), Region.EU_WEST_1, "test", "test")) {
                assertThat(sdk.createImageBuilder(r -> r.name("cli").instanceType("stream.standard.small")
                        .imageName("img"))
                        .imageBuilder().arn()).startsWith("arn:aws:appstream:eu-west-1:");
                assertThat(sdk.describeImageBuilders(r -> r.names("cli")).imageBuilders().get(0).state())
                        .isEqualTo(ImageBuilderState.RUNNING);
            }
        }
    }

    @Test
    void launch_help_printsUsageAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Optional<ServerMain.Running> running = ServerMain.launch(new String[] {"--help"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(running).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage:").contains("--port", "--strict",
                "--start-duration", "--stop-duration", "--bind", "--access-key-id", "--secret-access-key");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bogus|unknown option --bogus",
        "--port|--port needs a value",
        "--port 70000|--port must be a number from 0 to 65535 but was \"70000\"",
        "--port x|but was \"x\"",
        "--start-duration 5m|--start-duration must be an ISO-8601 duration (PT5S) or seconds (5) but was \"5m\"",
        "--stop-duration -1|--stop-duration must not be negative but was \"-1\"",
        "--stop-duration PT-1S|must not be negative",
        "--region Mars|--region must look like us-east-1 but was \"Mars\"",
        "--bind no.such.host.invalid|--bind must be a local address but was \"no.such.host.invalid\"",
        "--access-key-id --strict|--access-key-id needs a value"})
    void launch_badOption_isUsageErrorNamingOptionAndValue(String args, String message) {
        assertThatThrownBy(() -> ServerMain.launch(args.split(" "), new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(ServerMain.UsageException.class)
                .hasMessageContaining(message);
    }

    @Test
    void main_asSubprocess_firstLineIsEndpoint_strictCredentialsApply_terminatesOnSignal() throws Exception {
        Process process = java("--port", "0", "--strict", "--access-key-id", "AKIDMAIN", "--secret-access-key",
                "main-secret", "--stop-duration", "1.5").start();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            URI endpoint = URI.create(stdout.readLine());
            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            try (AppStreamClient good = client(endpoint, Region.US_EAST_1, "AKIDMAIN", "main-secret");
                    AppStreamClient bad = client(endpoint, Region.US_EAST_1, "AKIDMAIN", "wrong")) {
                assertThat(good.describeImageBuilders(r -> { }).imageBuilders()).isEmpty();
                AppStreamException e = catchThrowableOfType(AppStreamException.class,
                        () -> bad.describeImageBuilders(r -> { }));
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            }
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isIn(0, 143);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void main_asSubprocess_badOption_exits2WithUsageOnStderr() throws Exception {
        Process process = java("--port", "-3").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(stderr).contains("error: --port must be a number from 0 to 65535 but was \"-3\"", "Usage:");
        } finally {
            process.destroyForcibly();
        }
    }

    private static ProcessBuilder java(String... args) throws IOException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LocalAppStreamServer.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
    }

    private static AppStreamClient client(URI endpoint, Region region, String keyId, String secret) {
        return AppStreamClient.builder().endpointOverride(endpoint).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
                .build();
    }
}
