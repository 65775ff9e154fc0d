package io.github.appstream4j.cli.internal;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The AWS CLI's global options (plus {@code --local}), accepted before or after the command name. */
final class GlobalOptions {
    static final String DEBUG = "--debug";
    static final String ENDPOINT_URL = "--endpoint-url";
    static final String NO_VERIFY_SSL = "--no-verify-ssl";
    static final String NO_PAGINATE = "--no-paginate";
    static final String OUTPUT = "--output";
    static final String QUERY = "--query";
    static final String PROFILE = "--profile";
    static final String REGION = "--region";
    static final String COLOR = "--color";
    static final String NO_SIGN_REQUEST = "--no-sign-request";
    static final String CA_BUNDLE = "--ca-bundle";
    static final String READ_TIMEOUT = "--cli-read-timeout";
    static final String CONNECT_TIMEOUT = "--cli-connect-timeout";
    static final String BINARY_FORMAT = "--cli-binary-format";
    static final String NO_PAGER = "--no-cli-pager";
    static final String AUTO_PROMPT = "--cli-auto-prompt";
    static final String NO_AUTO_PROMPT = "--no-cli-auto-prompt";
    static final String LOCAL = "--local";

    private final CommandSpec root;

    private GlobalOptions(CommandSpec root) {
        this.root = root;
    }

    /** Adds the options to {@code root}; call before adding subcommands, which inherit them. */
    static GlobalOptions addTo(CommandSpec root) {
        flag(root, DEBUG, "Turn on debug logging (requests and responses, secrets redacted) on stderr.");
        value(root, ENDPOINT_URL, "URL", String.class, "Override the service URL, e.g. http://127.0.0.1:4566.");
        flag(root, NO_VERIFY_SSL, "Do not verify TLS certificates (prints a warning).");
        flag(root, NO_PAGINATE, "Make one call only; the response's NextToken is printed.");
        value(root, OUTPUT, "FORMAT", String.class, "json (default), text, table, yaml or yaml-stream.");
        value(root, QUERY, "JMESPATH", String.class, "JMESPath query applied to the response before formatting.");
        value(root, PROFILE, "NAME", String.class, "Profile from the shared config and credentials files.");
        value(root, REGION, "REGION", String.class, "AWS region, e.g. eu-west-1.");
        value(root, COLOR, "on|off|auto", String.class, "Color the table output: on, off, or auto (on a terminal unless NO_COLOR).");
        flag(root, NO_SIGN_REQUEST, "Do not sign requests (anonymous credentials).");
        value(root, CA_BUNDLE, "PATH", String.class, "PEM bundle of CA certificates used to verify TLS.");
        value(root, READ_TIMEOUT, "SECONDS", Integer.class, "Socket read timeout; 0 means none. Default 60.");
        value(root, CONNECT_TIMEOUT, "SECONDS", Integer.class, "Connect timeout; 0 means none. Default 60.");
        value(root, BINARY_FORMAT, "FORMAT", String.class, "base64 (default) or raw-in-base64-out.");
        flag(root, NO_PAGER, "Do not send output to a pager.");
        flag(root, AUTO_PROMPT, "Prompt for missing required parameters (on a terminal).");
        flag(root, NO_AUTO_PROMPT, "Do not prompt, even if the environment or profile asks for it.");
        flag(root, LOCAL, "Run against an in-process emulator where the named image builder exists (STOPPED).");
        return new GlobalOptions(root);
    }

    private static void flag(CommandSpec spec, String name, String description) {
        spec.addOption(OptionSpec.builder(name).arity("0").type(boolean.class).scopeType(ScopeType.INHERIT)
                .description(description).build());
    }

    private static void value(CommandSpec spec, String name, String label, Class<?> type, String description) {
        spec.addOption(OptionSpec.builder(name).arity("1").type(type).paramLabel("<" + label + ">")
                .scopeType(ScopeType.INHERIT).description(description).build());
    }

    boolean flag(String name) {
        Boolean value = root.findOption(name).getValue();
        return value != null && value;
    }

    String string(String name) {
        return root.findOption(name).getValue();
    }

    Integer integer(String name) {
        return root.findOption(name).getValue();
    }

    /** The global options that take a value (skipped when looking for the command name). */
    static java.util.Set<String> valueOptions() {
        return java.util.Set.of(ENDPOINT_URL, OUTPUT, QUERY, PROFILE, REGION, COLOR, CA_BUNDLE, READ_TIMEOUT,
                CONNECT_TIMEOUT, BINARY_FORMAT);
    }
}
