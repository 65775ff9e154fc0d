package io.github.appstream4j.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The shared config and credentials files, found as the AWS CLI finds them (AWS_CONFIG_FILE,
 * AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials) and read only when first asked.
 */
final class Profiles {
    private final CliEnvironment env;
    private final String explicitProfile;
    private ProfileFile file;

    Profiles(CliEnvironment env, String explicitProfile) {
        this.env = env;
        this.explicitProfile = explicitProfile;
    }

    /** --profile, then AWS_PROFILE, then AWS_DEFAULT_PROFILE, then "default". */
    String name() {
        if (explicitProfile != null) {
            return explicitProfile;
        }
        String fromEnv = env.env("AWS_PROFILE");
        if (fromEnv == null) {
            fromEnv = env.env("AWS_DEFAULT_PROFILE");
        }
        return fromEnv == null ? "default" : fromEnv;
    }

    /** True when the profile was asked for by name (option or variable), so that its absence is an error. */
    boolean named() {
        return explicitProfile != null || env.env("AWS_PROFILE") != null || env.env("AWS_DEFAULT_PROFILE") != null;
    }

    ProfileFile file() {
        if (file == null) {
            ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
            add(aggregator, configPath(), ProfileFile.Type.CONFIGURATION);
            add(aggregator, credentialsPath(), ProfileFile.Type.CREDENTIALS);
            file = aggregator.build();
        }
        return file;
    }

    Path configPath() {
        String path = env.env("AWS_CONFIG_FILE");
        return path != null ? expand(path) : env.home().resolve(".aws").resolve("config");
    }

    Path credentialsPath() {
        String path = env.env("AWS_SHARED_CREDENTIALS_FILE");
        return path != null ? expand(path) : env.home().resolve(".aws").resolve("credentials");
    }

    private Path expand(String path) {
        if (path.startsWith("~/")) {
            return env.home().resolve(path.substring(2));
        }
        return env.workingDirectory().resolve(path);
    }

    private static void add(ProfileFile.Aggregator aggregator, Path path, ProfileFile.Type type) {
        if (Files.isRegularFile(path)) {
            aggregator.addFile(ProfileFile.builder().content(path).type(type).build());
        }
    }

    Optional<Profile> profile() {
        if (!Files.isRegularFile(configPath()) && !Files.isRegularFile(credentialsPath())) {
            return Optional.empty();
        }
        return file().profile(name());
    }

    /** A setting of the profile, e.g. {@code region}, {@code output}, {@code cli_pager}. */
    Optional<String> property(String key) {
        return profile().flatMap(p -> p.property(key));
    }

    /** Fails with the AWS CLI's message when a named profile is in neither file. */
    void requireNamedProfileExists() {
        if (named() && profile().isEmpty()) {
            throw new CliException.Config("The config profile (" + name() + ") could not be found");
        }
    }
}
