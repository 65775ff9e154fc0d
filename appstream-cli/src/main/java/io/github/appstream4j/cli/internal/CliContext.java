package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.github.appstream4j.cli.internal.output.Formatter;
import io.github.appstream4j.cli.internal.output.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/** One run of the CLI: the environment, the parsed global options and what is derived from them on demand. */
final class CliContext implements AutoCloseable {
    private static final Set<String> BINARY_FORMATS = Set.of("base64", "raw-in-base64-out");
    private static final Set<String> COLORS = Set.of("on", "off", "auto");

    final CliEnvironment env;
    final GlobalOptions options;
    private Profiles profiles;
    private DebugLog debug;
    private AppStreamClient client;
    private LocalBackend local;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    CliContext(CliEnvironment env, GlobalOptions options) {
        this.env = env;
        this.options = options;
    }

    Profiles profiles() {
        if (profiles == null) {
            profiles = new Profiles(env, options.string(GlobalOptions.PROFILE));
        }
        return profiles;
    }

    DebugLog debug() {
        if (debug == null) {
            debug = new DebugLog(options.flag(GlobalOptions.DEBUG), env.err(), env.clock());
        }
        return debug;
    }

    /** Checks the global option values that every command uses, before any work. */
    void validateGlobals() {
        output();
        query();
        color();
        String binary = options.string(GlobalOptions.BINARY_FORMAT);
        if (binary != null && !BINARY_FORMATS.contains(binary)) {
            throw new CliException.Usage("argument --cli-binary-format: Invalid choice, valid choices are:\n\n"
                    + "base64 | raw-in-base64-out");
        }
        if (options.flag(GlobalOptions.AUTO_PROMPT) && options.flag(GlobalOptions.NO_AUTO_PROMPT)) {
            throw new CliException.Usage("argument --no-cli-auto-prompt: not allowed with argument --cli-auto-prompt");
        }
    }

    /** --output, then AWS_DEFAULT_OUTPUT, then the profile's output, then json. */
    OutputFormat output() {
        String value = options.string(GlobalOptions.OUTPUT);
        if (value == null) {
            value = env.env("AWS_DEFAULT_OUTPUT");
        }
        if (value == null && profilesPresent()) {
            value = profiles().property("output").orElse(null);
        }
        if (value == null) {
            return OutputFormat.JSON;
        }
        OutputFormat format = OutputFormat.parse(value);
        if (format == null) {
            throw new CliException.Usage("argument --output: Invalid choice, valid choices are:\n\n"
                    + "json | text\ntable | yaml\nyaml-stream");
        }
        return format;
    }

    private boolean profilesPresent() {
        return java.nio.file.Files.exists(profiles().configPath())
                || java.nio.file.Files.exists(profiles().credentialsPath());
    }

    Expression<JsonNode> query() {
        String query = options.string(GlobalOptions.QUERY);
        if (query == null) {
            return null;
        }
        try {
            return new JacksonRuntime().compile(query);
        } catch (RuntimeException e) {
            throw new CliException.Usage("argument --query: Bad value for --query " + query + ": " + e.getMessage());
        }
    }

    boolean color() {
        String value = options.string(GlobalOptions.COLOR);
        if (value == null) {
            value = "auto";
        }
        if (!COLORS.contains(value)) {
            throw new CliException.Usage("argument --color: Invalid choice, valid choices are:\n\non | off\nauto");
        }
        return value.equals("on") || (value.equals("auto") && env.interactive() && env.env("NO_COLOR") == null);
    }

    int terminalWidth() {
        String columns = env.env("COLUMNS");
        if (env.interactive() && columns != null && columns.matches("\\d{1,4}")) {
            return Integer.parseInt(columns);
        }
        return 80;
    }

    Formatter formatter() {
        return new Formatter(output(), query(), terminalWidth(), color());
    }

    /** Writes command output to stdout, through the pager when stdout is a terminal and a pager is configured. */
    void print(String text) {
        Pager.print(this, text);
    }

    boolean autoPrompt() {
        if (options.flag(GlobalOptions.NO_AUTO_PROMPT)) {
            return false;
        }
        if (options.flag(GlobalOptions.AUTO_PROMPT)) {
            return true;
        }
        String mode = env.env("AWS_CLI_AUTO_PROMPT");
        if (mode == null && profilesPresent()) {
            mode = profiles().property("cli_auto_prompt").orElse(null);
        }
        return "on".equals(mode) || "on-partial".equals(mode);
    }

    ClientSettings settings() {
        return ClientSettings.resolve(options, env, profiles());
    }

    /** The client for this run, built on first use (so that skeletons and --version never build one). */
    AppStreamClient client(List<String> localBuilderNames) {
        return client(localBuilderNames, List.of());
    }

    /**
     * The client for this run; with --local, {@code existing} image builders (and demo) exist, STOPPED, and
     * {@code absent} ones do not (demo included), for create-image-builder.
     */
    AppStreamClient client(List<String> existing, List<String> absent) {
        if (client != null) {
            return client;
        }
        ClientSettings settings = settings();
        if (!settings.verifySsl) {
            String host = settings.endpoint().map(java.net.URI::getHost)
                    .orElse("appstream2." + settings.region().id() + ".amazonaws.com");
            env.err().println("InsecureRequestWarning: Unverified HTTPS request is being made to host '" + host
                    + "'. Adding certificate verification is strongly advised.");
        }
        if (settings.local) {
            local = LocalBackend.start(this, existing, absent);
            closeables.add(local);
            client = local.client();
        } else if (env.clientFactory() != null) {
            client = env.clientFactory().apply(settings);
        } else {
            resolveCredentials(settings);
            client = ClientFactory.create(settings, new CliInterceptor(debug()));
            closeables.add(client);
        }
        return client;
    }

    private void resolveCredentials(ClientSettings settings) {
        try {
            settings.credentials.resolveCredentials();
        } catch (CredentialsChain.MissingCredentialsException e) {
            debug().log("credential sources: " + e.reasons());
            throw new CliException.Config(e.getMessage(), e);
        } catch (AwsServiceException e) {
            // the profile's credentials service refused, e.g. AssumeRole: reported as that call's error
            throw new CliException(ExitCodes.SERVICE, ErrorReporter.serviceError(e, credentialsOperation()), e);
        } catch (RuntimeException e) {
            throw new CliException.Config("Unable to load credentials: " + e.getMessage(), e);
        }
    }

    /** The call that gets the profile's credentials, for error messages. */
    private String credentialsOperation() {
        String source = CredentialsChain.sourceOf(profiles()).orElse("role_arn");
        switch (source) {
            case "web_identity_token_file":
                return "AssumeRoleWithWebIdentity";
            case "sso_session":
            case "sso_start_url":
                return "GetRoleCredentials";
            default:
                return "AssumeRole";
        }
    }

    LocalBackend local() {
        return local;
    }

    @Override
    public void close() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                debug().log("close failed: " + e);
            }
        }
        closeables.clear();
    }
}
