package io.github.appstream4j.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The AWS CLI v2 pager: only when stdout is a terminal; --no-cli-pager, or AWS_PAGER / cli_pager set to empty,
 * turn it off; the command is AWS_PAGER, the profile's cli_pager, PAGER, else {@code less -R} (with LESS=FRX).
 */
final class Pager {
    private Pager() {
    }

    static void print(CliContext context, String text) {
        String command = command(context);
        if (command == null || text.isEmpty()) {
            context.env.out().print(text);
            context.env.out().flush();
            return;
        }
        try {
            ProcessBuilder builder = new ProcessBuilder("sh", "-c", command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            if (!context.env.hasEnv("LESS")) {
                builder.environment().put("LESS", "FRX");
            }
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the pager quit before reading everything (q in less): that is how it is used
            }
            process.waitFor();
        } catch (IOException e) {
            context.env.out().print(text);
            context.env.out().flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String command(CliContext context) {
        if (!context.env.interactive() || context.options.flag(GlobalOptions.NO_PAGER)) {
            return null;
        }
        String pager = context.env.rawEnv("AWS_PAGER");
        if (pager == null) {
            pager = context.profiles().profile().flatMap(p -> p.property("cli_pager")).orElse(null);
        }
        if (pager == null) {
            pager = context.env.rawEnv("PAGER");
        }
        if (pager == null) {
            pager = "less -R";
        }
        return pager.isBlank() ? null : pager;
    }
}
