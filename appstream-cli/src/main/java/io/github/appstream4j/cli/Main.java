package io.github.appstream4j.cli;

import io.github.appstream4j.cli.internal.Cli;
import io.github.appstream4j.cli.internal.CliEnvironment;
import io.github.appstream4j.cli.internal.Interrupts;
import io.github.appstream4j.cli.internal.Version;

/**
 * The {@code appstream} command: {@code java -jar appstream.jar <command> [options]}. Exits with the AWS CLI's
 * codes: 0 ok, 252 bad usage, 253 configuration or credentials, 254 service error, 255 other, 130 interrupted.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--version")) {
            // the fast path: no command tree, no SDK, no Jackson
            System.out.println(Version.line());
            return;
        }
        for (String arg : args) {
            if (arg.equals("--debug")) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
                // the signers log the canonical request, security token included: keep them out of --debug
                System.setProperty("org.slf4j.simpleLogger.log.software.amazon.awssdk.http.auth.aws.internal.signer",
                        "info");
                System.setProperty("org.slf4j.simpleLogger.log.software.amazon.awssdk.auth.signer", "info");
            }
        }
        int code = Cli.run(CliEnvironment.system(), args);
        if (!Interrupts.signalled()) {
            System.exit(code);
        }
    }
}
