package io.github.appstream4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar and the launcher run as a user runs them: a separate JVM in a directory of the test's, with only
 * the environment given (HOME included), so that nothing comes from the developer's environment or ~/.aws.
 */
public final class AppstreamProcess {
    public static final Path JAR = Path.of(System.getProperty("appstream.jar", "target/appstream.jar"));
    public static final Path LAUNCHER = Path.of(System.getProperty("appstream.launcher", "target/appstream"));

    private AppstreamProcess() {
    }

    /** Exit code, stdout and stderr of one process. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code java -jar appstream.jar args}. */
    public static List<String> java(String... args) {
        return command(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()), args);
    }

    /** {@code sh appstream args}: the launcher, with its class-data sharing archive. */
    public static List<String> launcher(String... args) {
        return command(List.of("sh", LAUNCHER.toString()), args);
    }

    private static List<String> command(List<String> start, String... args) {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * A process in {@code home} with only PATH, HOME={@code home}, AWS_EC2_METADATA_DISABLED=true and
     * {@code env}, in which a null value removes the variable.
     */
    public static ProcessBuilder builder(Path home, Map<String, String> env, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder;
    }

    /** Runs the command to its end (at most a minute) with stdin closed. */
    public static Run run(Path home, Map<String, String> env, List<String> command) throws IOException,
            InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        try {
            Process process = builder(home, env, command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
