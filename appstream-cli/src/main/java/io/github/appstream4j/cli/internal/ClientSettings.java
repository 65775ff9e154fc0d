package io.github.appstream4j.cli.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

/**
 * How to reach the service, resolved from the global options, the environment and the profile the way the AWS
 * CLI resolves them. Immutable; {@link #resolve} fails with exit code 252 or 253 before any request.
 */
public final class ClientSettings {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    final Region region;
    final URI endpoint;
    final AwsCredentialsProvider credentials;
    final Duration readTimeout;
    final Duration connectTimeout;
    final boolean verifySsl;
    final Path caBundle;
    final boolean debug;
    final ProfileFile profileFile;
    final String profileName;
    final boolean local;
    final Integer maxAttempts;

    private ClientSettings(Region region, URI endpoint, AwsCredentialsProvider credentials, Duration readTimeout,
            Duration connectTimeout, boolean verifySsl, Path caBundle, boolean debug, ProfileFile profileFile,
            String profileName, boolean local, Integer maxAttempts) {
        this.region = region;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.readTimeout = readTimeout;
        this.connectTimeout = connectTimeout;
        this.verifySsl = verifySsl;
        this.caBundle = caBundle;
        this.debug = debug;
        this.profileFile = profileFile;
        this.profileName = profileName;
        this.local = local;
        this.maxAttempts = maxAttempts;
    }

    /** AWS_MAX_ATTEMPTS or the profile's max_attempts (the SDK's standard retries); empty for the default. */
    public Optional<Integer> maxAttempts() {
        return Optional.ofNullable(maxAttempts);
    }

    /** The region requests are signed for. */
    public Region region() {
        return region;
    }

    /** The endpoint override, empty for the region's AppStream endpoint. */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** The credentials requests are signed with. */
    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    /** Socket read timeout; zero means none. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** Connect timeout; zero means none. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** False with --no-verify-ssl. */
    public boolean verifySsl() {
        return verifySsl;
    }

    /** The CA bundle to trust instead of the JDK's, if any; always empty with --no-verify-ssl. */
    public Optional<Path> caBundle() {
        return Optional.ofNullable(caBundle);
    }

    static ClientSettings resolve(GlobalOptions options, CliEnvironment env, Profiles profiles) {
        boolean local = options.flag(GlobalOptions.LOCAL);
        if (!local) {
            profiles.requireNamedProfileExists();
        }
        Duration read = timeout(options, GlobalOptions.READ_TIMEOUT);
        Duration connect = timeout(options, GlobalOptions.CONNECT_TIMEOUT);
        URI endpoint = endpoint(options, env, profiles);
        Region region = region(options, env, profiles, local);
        AwsCredentialsProvider credentials = local
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : credentials(options, env, profiles);
        boolean verifySsl = !options.flag(GlobalOptions.NO_VERIFY_SSL);
        // as in the AWS CLI, a CA bundle is only looked at when certificates are verified
        String caBundle = !verifySsl ? null : firstNonNull(options.string(GlobalOptions.CA_BUNDLE),
                env.env("AWS_CA_BUNDLE"), profiles.property("ca_bundle").orElse(null));
        return new ClientSettings(region, endpoint, credentials, read, connect,
                verifySsl, caBundle == null ? null : env.workingDirectory().resolve(caBundle),
                options.flag(GlobalOptions.DEBUG), profiles.file(), profiles.name(), local,
                maxAttempts(env, profiles));
    }

    private static Duration timeout(GlobalOptions options, String option) {
        Integer seconds = options.integer(option);
        if (seconds == null) {
            return DEFAULT_TIMEOUT;
        }
        if (seconds < 0) {
            throw new CliException.Usage("argument " + option + ": must be 0 (no timeout) or more seconds but was " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    private static Integer maxAttempts(CliEnvironment env, Profiles profiles) {
        String value = firstNonNull(env.env("AWS_MAX_ATTEMPTS"), profiles.property("max_attempts").orElse(null));
        if (value == null) {
            return null;
        }
        if (!value.trim().matches("[1-9]\\d{0,2}")) {
            throw new CliException.Config("max_attempts must be a positive integer but was \"" + value + "\"");
        }
        return Integer.parseInt(value.trim());
    }

    static URI endpoint(GlobalOptions options, CliEnvironment env, Profiles profiles) {
        String value = firstNonNull(options.string(GlobalOptions.ENDPOINT_URL), env.env("AWS_ENDPOINT_URL_APPSTREAM"),
                env.env("AWS_ENDPOINT_URL"), profiles.property("endpoint_url").orElse(null));
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new CliException.Usage("Bad value for --endpoint-url \"" + value + "\": scheme is missing.  "
                    + "Must be of the form http://<hostname>/ or https://<hostname>/");
        }
        return uri;
    }

    private static Region region(GlobalOptions options, CliEnvironment env, Profiles profiles, boolean local) {
        String value = firstNonNull(options.string(GlobalOptions.REGION), env.env("AWS_REGION"),
                env.env("AWS_DEFAULT_REGION"), profiles.property("region").orElse(null));
        if (value == null && local) {
            value = "us-east-1";
        }
        if (value == null) {
            throw new CliException.Config("You must specify a region. You can also configure your region with "
                    + "--region, AWS_REGION or the region setting of the profile.");
        }
        if (!value.matches("[a-z0-9-]{1,64}")) {
            throw new CliException.Usage("argument --region: invalid region \"" + value + "\"");
        }
        return Region.of(value);
    }

    private static AwsCredentialsProvider credentials(GlobalOptions options, CliEnvironment env, Profiles profiles) {
        if (options.flag(GlobalOptions.NO_SIGN_REQUEST)) {
            return AnonymousCredentialsProvider.create();
        }
        String key = env.env("AWS_ACCESS_KEY_ID");
        String secret = env.env("AWS_SECRET_ACCESS_KEY");
        if (key != null && secret != null && options.string(GlobalOptions.PROFILE) == null) {
            String token = env.env("AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(key, secret)
                    : AwsSessionCredentials.create(key, secret, token));
        }
        return new CredentialsChain(env, profiles);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
