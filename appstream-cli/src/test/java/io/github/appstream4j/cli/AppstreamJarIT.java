package io.github.appstream4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.appstream4j.cli.AppstreamProcess.Run;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar and the launcher as a user runs them: a separate JVM, a clean environment, real exit codes. */
class AppstreamJarIT {
    static final Path JAR = AppstreamProcess.JAR;
    static final Path LAUNCHER = AppstreamProcess.LAUNCHER;

    @TempDir
    Path home;

    Run run(Map<String, String> env, String... args) throws Exception {
        return exec(AppstreamProcess.java(args), env);
    }

    Run exec(List<String> command, Map<String, String> env) throws Exception {
        return AppstreamProcess.run(home, env, command);
    }

    @Test
    void version_printsTheVersionLine() throws Exception {
        Run r = run(Map.of(), "--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).matches("appstream/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? Java/\\S+ \\S+/\\S+ exe/\\S+\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void skeleton_printsTheInputSkeleton() throws Exception {
        Run r = run(Map.of(), "start-image-builder", "--generate-cli-skeleton");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("{\n    \"Name\": \"\",\n    \"AppstreamAgentVersion\": \"\"\n}\n");
    }

    @Test
    void local_describe_showsTheSeededBuilder_withoutConfiguration() throws Exception {
        Run r = run(Map.of(), "describe-image-builders", "--local", "--query", "ImageBuilders[].[Name,State]",
                "--output", "text");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("demo\tSTOPPED\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void exitCodes_usage252_config253_service254_other255() throws Exception {
        assertThat(run(Map.of(), "start-image-builder", "--bogus").exitCode()).isEqualTo(252);
        Run config = run(Map.of(), "start-image-builder", "--name", "demo");
        assertThat(config.exitCode()).isEqualTo(253);
        assertThat(config.err()).contains("You must specify a region.");
        Run service = run(Map.of(), "stop-image-builder", "--name", "demo", "--local");
        assertThat(service.exitCode()).isEqualTo(254);
        assertThat(service.err()).startsWith("\nAn error occurred (OperationNotPermittedException) when calling the "
                + "StopImageBuilder operation: ");
        Run other = run(Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "a", "AWS_SECRET_ACCESS_KEY", "s",
                "AWS_MAX_ATTEMPTS", "1"), "delete-image-builder", "--name", "demo", "--endpoint-url", "http://127.0.0.1:1");
        assertThat(other.exitCode()).isEqualTo(255);
        assertThat(other.err()).contains("Could not connect to the endpoint URL: \"http://127.0.0.1:1/\"");
    }

    @Test
    void sharedFiles_comeFromHome_notFromTheAccountsHomeDirectory() throws Exception {
        Path account = Files.createDirectories(home.resolve("account"));
        Files.createDirectories(account.resolve(".aws"));
        Files.writeString(account.resolve(".aws/config"), "[default]\nregion = eu-west-3\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // user.home stands for the developer's real home, which HOME must hide as it does for the AWS CLI
        List<String> describe = List.of(java.toString(), "-Duser.home=" + account, "-jar", JAR.toString(),
                "describe-image-builders", "--endpoint-url", "http://127.0.0.1:1");
        Run isolated = exec(describe, Map.of());
        assertThat(isolated.exitCode()).as(isolated.err()).isEqualTo(253);
        assertThat(isolated.err()).contains("You must specify a region.");
        Run fromHome = exec(describe, Map.of("HOME", account.toString(), "AWS_ACCESS_KEY_ID", "a",
                "AWS_SECRET_ACCESS_KEY", "s", "AWS_MAX_ATTEMPTS", "1"));
        assertThat(fromHome.exitCode()).as(fromHome.err()).isEqualTo(255);
        assertThat(fromHome.err()).contains("Could not connect to the endpoint URL");
    }

    @Test
    void debug_logsOnStderrOnly_withDebug() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"ImageBuilder\": {\"Name\": \"demo\", \"State\": \"DELETING\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Map<String, String> env = Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "AKIDPROCESS",
                    "AWS_SECRET_ACCESS_KEY", "s", "AWS_SESSION_TOKEN", "TOKENPROCESS");
            String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
            Run quiet = run(env, "delete-image-builder", "--name", "demo", "--endpoint-url", endpoint);
            assertThat(quiet.exitCode()).isZero();
            assertThat(quiet.err()).isEmpty();
            Run debug = run(env, "delete-image-builder", "--name", "demo", "--endpoint-url", endpoint, "--debug");
            assertThat(debug.exitCode()).isZero();
            assertThat(debug.out()).contains("\"State\": \"DELETING\"");
            assertThat(debug.err()).contains("Sending request: POST", "Authorization=<redacted>", "software.amazon.awssdk");
            assertThat(debug.err()).doesNotContain("TOKENPROCESS", "Credential=AKIDPROCESS");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void launcher_runsWithTheCdsArchive_andWithoutIt() throws Exception {
        Run withArchive = exec(List.of("sh", LAUNCHER.toString(), "--version"), Map.of());
        assertThat(withArchive.exitCode()).isZero();
        assertThat(withArchive.out()).startsWith("appstream/");
        assertThat(withArchive.err()).isEmpty();
        Path bare = Files.createDirectories(home.resolve("bare"));
        Files.copy(JAR, bare.resolve("appstream.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(LAUNCHER, bare.resolve("appstream"), StandardCopyOption.REPLACE_EXISTING);
        Run withoutArchive = exec(List.of("sh", bare.resolve("appstream").toString(), "start-image-builder",
                "--generate-cli-skeleton"), Map.of());
        assertThat(withoutArchive.exitCode()).isZero();
        assertThat(withoutArchive.out()).contains("\"Name\": \"\"");
        assertThat(withoutArchive.err()).isEmpty();
    }

    @Test
    void local_startWait_showsTheWholeFlow() throws Exception {
        Run r = run(Map.of(), "start-image-builder", "--name", "demo", "--wait", "--local");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"State\": \"RUNNING\"");
        assertThat(r.err()).contains("Waiting for image builder demo to be RUNNING: PENDING (",
                "Waiting for image builder demo to be RUNNING: RUNNING (");
    }

    @Test
    void emulator_servesTheWire_untilInterrupted() throws Exception {
        Process emulator = javaProcess("emulator", "--port", "0", "--start-duration", "2s").start();
        emulator.getOutputStream().close();
        java.io.BufferedReader out = reader(emulator.getInputStream());
        String first = out.readLine();
        assertThat(first).startsWith("AppStream emulator listening on http://127.0.0.1:");
        String endpoint = first.substring(first.indexOf("http://"));
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_REGION", "us-east-1");
        Run started = run(env, "start-image-builder", "--name", "demo", "--wait", "--endpoint-url", endpoint,
                "--output", "text", "--query", "ImageBuilder.State");
        assertThat(started.exitCode()).as(started.err()).isZero();
        assertThat(started.out()).isEqualTo("RUNNING\n");
        Run missing = run(env, "stop-image-builder", "--name", "other", "--endpoint-url", endpoint);
        assertThat(missing.exitCode()).isEqualTo(254);
        assertThat(missing.err()).contains("An error occurred (ResourceNotFoundException) when calling the "
                + "StopImageBuilder operation");
        interrupt(emulator);
        assertThat(emulator.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(emulator.exitValue()).isEqualTo(130);
    }

    private ProcessBuilder javaProcess(String... args) {
        return AppstreamProcess.builder(home, Map.of(), AppstreamProcess.java(args));
    }

    private static java.io.BufferedReader reader(java.io.InputStream in) {
        return new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static void interrupt(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start();
        assertThat(kill.waitFor()).isZero();
    }

    @Test
    void ctrlC_whileWaiting_stopsCleanlyWithExit130() throws Exception {
        Process process = javaProcess("start-image-builder", "--name", "demo", "--wait", "--local").start();
        process.getOutputStream().close();
        java.io.BufferedReader err = reader(process.getErrorStream());
        assertThat(err.readLine()).startsWith("Waiting for image builder demo to be RUNNING");
        interrupt(process);
        StringBuilder rest = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            rest.append(line).append('\n');
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(rest.toString()).contains("Interrupted: stopped waiting for image builder demo");
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }
}
