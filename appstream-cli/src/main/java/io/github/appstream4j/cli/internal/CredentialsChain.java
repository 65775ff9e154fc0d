package io.github.appstream4j.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The credential sources after the environment variables: the profile (keys, credential_process, role_arn,
 * sso), then the container and instance metadata endpoints unless AWS_EC2_METADATA_DISABLED is true. A profile
 * that names a source decides, as in the AWS CLI: its failure (an AssumeRole refused, say) is reported, not
 * hidden behind the next source. Resolves once, then caches.
 */
final class CredentialsChain implements AwsCredentialsProvider {
    /** The profile properties that make the profile the source of credentials. */
    private static final List<String> SOURCES = List.of("web_identity_token_file", "role_arn", "sso_session",
            "sso_start_url", "credential_process", "aws_access_key_id");
    private final List<AwsCredentialsProvider> providers = new ArrayList<>();
    private final AwsCredentialsProvider decisive;
    private volatile AwsCredentialsProvider found;

    CredentialsChain(CliEnvironment env, Profiles profiles) {
        AwsCredentialsProvider profile = null;
        if (profiles.profile().isPresent()) {
            profile = ProfileCredentialsProvider.builder().profileFile(profiles.file()).profileName(profiles.name())
                    .build();
            providers.add(profile);
        }
        decisive = sourceOf(profiles).isPresent() ? profile : null;
        if (!"true".equalsIgnoreCase(env.env("AWS_EC2_METADATA_DISABLED"))) {
            if (env.env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != null
                    || env.env("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null) {
                providers.add(ContainerCredentialsProvider.builder().build());
            }
            providers.add(InstanceProfileCredentialsProvider.builder().profileFile(profiles.file())
                    .profileName(profiles.name()).build());
        }
    }

    /** The first property of the profile that names where its credentials come from, e.g. role_arn. */
    static Optional<String> sourceOf(Profiles profiles) {
        return profiles.profile().flatMap(p -> SOURCES.stream().filter(k -> p.property(k).isPresent()).findFirst());
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsCredentialsProvider known = found;
        if (known != null) {
            return known.resolveCredentials();
        }
        List<String> reasons = new ArrayList<>();
        for (AwsCredentialsProvider provider : providers) {
            try {
                AwsCredentials credentials = provider.resolveCredentials();
                found = provider;
                return credentials;
            } catch (RuntimeException e) {
                if (provider == decisive) {
                    throw e;
                }
                reasons.add(provider.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        throw new MissingCredentialsException(String.join("; ", reasons));
    }

    /** No source had credentials. */
    static final class MissingCredentialsException extends SdkClientException {
        private static final long serialVersionUID = 1L;
        private final String reasons;

        MissingCredentialsException(String reasons) {
            super(SdkClientException.builder().message("Unable to locate credentials. You can configure credentials "
                    + "with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, or --no-sign-request."));
            this.reasons = reasons;
        }

        /** What each source said, for --debug. */
        String reasons() {
            return reasons;
        }
    }
}
