package io.github.appstream4j.testing;

import io.github.appstream4j.model.FleetErrorCode;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderNames;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.model.LatestAppstreamAgentVersion;
import io.github.appstream4j.model.NetworkAccessConfiguration;
import io.github.appstream4j.model.PlatformType;
import io.github.appstream4j.model.ResourceError;
import io.github.appstream4j.model.StateChangeReason;
import io.github.appstream4j.model.StateChangeReasonCode;
import io.github.appstream4j.model.VolumeConfig;
import io.github.appstream4j.model.VpcConfig;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Realistic {@link ImageBuilder} values for tests, as the service would describe them: an ARN with region
 * {@value #REGION} and account {@value #ACCOUNT_ID}, an AWS base image, instance type
 * {@value #INSTANCE_TYPE}, platform {@code WINDOWS_SERVER_2022}, a VPC, created at {@link #CREATED_TIME}
 * (the start of {@link VirtualTime}), in the state you ask for.
 *
 * <pre>{@code
 * ImageBuilder b = ImageBuilderFixtures.running("my-builder");
 * ImageBuilder f = ImageBuilderFixtures.failed("my-builder",
 *         ImageBuilderFixtures.reason(StateChangeReasonCode.INTERNAL_ERROR, "The builder could not start."),
 *         ImageBuilderFixtures.error(FleetErrorCode.IAM_SERVICE_ROLE_IS_MISSING, "The role is missing."));
 * }</pre>
 *
 * <p>Every method validates the name as the service would ({@code ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}) and
 * returns a new immutable value; use {@code toBuilder()} to change a member. Stateless and thread-safe.
 */
public final class ImageBuilderFixtures {

    /** The region in every fixture ARN: {@value}. */
    public static final String REGION = "us-east-1";
    /** The account in every fixture ARN: {@value}. */
    public static final String ACCOUNT_ID = "123456789012";
    /** The instance type of every fixture: {@value}. */
    public static final String INSTANCE_TYPE = "stream.standard.medium";
    /** The AWS base image the fixtures are created from: {@value}. */
    public static final String IMAGE_NAME = "AppStream-WinServer2022-01-15-2025";
    /** The agent version the fixtures run: {@value}. */
    public static final String AGENT_VERSION = "1.1.1386";
    /** The creation time of every fixture, {@link VirtualTime#DEFAULT_START}. */
    public static final Instant CREATED_TIME = VirtualTime.DEFAULT_START;

    private ImageBuilderFixtures() {
    }

    /**
     * Returns the ARN the service gives an image builder of this name in {@value #REGION}.
     *
     * @param name a valid image builder name
     * @return e.g. {@code arn:aws:appstream:us-east-1:123456789012:image-builder/my-builder}
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is not a valid image builder name
     */
    public static String arn(String name) {
        return "arn:aws:appstream:" + REGION + ":" + ACCOUNT_ID + ":image-builder/" + requireName(name);
    }

    /**
     * Returns the ARN of an AWS base image ({@code image/} with no account, as for the images AWS publishes).
     *
     * @param imageName the image name, e.g. {@value #IMAGE_NAME}
     * @return e.g. {@code arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-01-15-2025}
     * @throws NullPointerException if {@code imageName} is null
     * @throws IllegalArgumentException if {@code imageName} is not a valid name
     */
    public static String imageArn(String imageName) {
        return "arn:aws:appstream:" + REGION + "::image/" + ImageBuilderNames.requireValid(imageName, "imageName");
    }

    /**
     * Returns the ARN of the IAM role the fixtures use.
     *
     * @return {@code arn:aws:iam::123456789012:role/AppStreamImageBuilderRole}
     */
    public static String iamRoleArn() {
        return "arn:aws:iam::" + ACCOUNT_ID + ":role/AppStreamImageBuilderRole";
    }

    /**
     * Returns a VPC configuration with one subnet and one security group.
     *
     * @return {@code subnet-0a1b2c3d4e5f60718} and {@code sg-0a1b2c3d4e5f60718}
     */
    public static VpcConfig vpcConfig() {
        return VpcConfig.builder()
                .addSubnetIds("subnet-0a1b2c3d4e5f60718")
                .addSecurityGroupIds("sg-0a1b2c3d4e5f60718")
                .build();
    }

    /**
     * Returns a state change reason.
     *
     * @param code the reason code
     * @param message the message the service would show
     * @return the reason
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code code} is {@code UNKNOWN}
     */
    public static StateChangeReason reason(StateChangeReasonCode code, String message) {
        Objects.requireNonNull(message, "message must not be null");
        return StateChangeReason.builder().code(Objects.requireNonNull(code, "code must not be null"))
                .message(message).build();
    }

    /**
     * Returns an image builder error, timestamped {@link #CREATED_TIME}.
     *
     * @param code the error code
     * @param message the message the service would show
     * @return the error
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code code} is {@code UNKNOWN}
     */
    public static ResourceError error(FleetErrorCode code, String message) {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (code == FleetErrorCode.UNKNOWN) {
            throw new IllegalArgumentException("code must be a wire value but was " + code);
        }
        return ResourceError.builder().errorCodeAsString(code.toString()).errorMessage(message)
                .errorTimestamp(CREATED_TIME).build();
    }

    /**
     * Returns a builder pre-filled with every member of a fixture except the state, for values these methods
     * do not cover. {@code disableIMDSV1} stays absent, as in every builder the facade describes through SDK
     * 2.40.2, whose model lacks it.
     *
     * @param name a valid image builder name
     * @return a new builder; not thread-safe
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is not a valid image builder name
     */
    public static ImageBuilder.Builder imageBuilder(String name) {
        return ImageBuilder.builder().name(requireName(name)).arn(arn(name)).imageArn(imageArn(IMAGE_NAME))
                .description("Image builder " + name).displayName(name)
                .vpcConfig(vpcConfig()).instanceType(INSTANCE_TYPE).platform(PlatformType.WINDOWS_SERVER_2022)
                .iamRoleArn(iamRoleArn()).createdTime(CREATED_TIME).enableDefaultInternetAccess(false)
                .appstreamAgentVersion(AGENT_VERSION)
                .latestAppstreamAgentVersion(LatestAppstreamAgentVersion.TRUE)
                .rootVolumeConfig(VolumeConfig.builder().volumeSizeInGb(200).build());
    }

    /**
     * Returns an image builder in the given state; a {@code RUNNING} one has its network interface.
     *
     * @param name a valid image builder name
     * @param state any known state
     * @return the image builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is invalid or {@code state} is {@code UNKNOWN}
     */
    public static ImageBuilder inState(String name, ImageBuilderState state) {
        Objects.requireNonNull(state, "state must not be null");
        if (state == ImageBuilderState.UNKNOWN) {
            throw new IllegalArgumentException("state must be a wire state but was " + state
                    + "; use inState(name, String) for a state this library does not know");
        }
        return inState(name, state.toString());
    }

    /**
     * Returns an image builder in a state given by its wire value, which may be one this library does not
     * know (to test forward compatibility), e.g. {@code inState("b", "HIBERNATING")}.
     *
     * @param name a valid image builder name
     * @param state the raw state, not blank
     * @return the image builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is invalid or {@code state} is blank
     */
    public static ImageBuilder inState(String name, String state) {
        Objects.requireNonNull(state, "state must not be null");
        if (state.isBlank()) {
            throw new IllegalArgumentException("state must not be blank but was \"" + state + "\"");
        }
        ImageBuilder.Builder b = imageBuilder(name);
        b.stateAsString(state);
        if (ImageBuilderState.RUNNING.toString().equals(state)) {
            b.networkAccessConfiguration(NetworkAccessConfiguration.builder()
                    .eniPrivateIpAddress("10.0.1.25").eniId("eni-0a1b2c3d4e5f60718").build());
        }
        return b.build();
    }

    /**
     * Returns a {@code RUNNING} image builder.
     *
     * @param name a valid image builder name
     * @return the image builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is invalid
     */
    public static ImageBuilder running(String name) {
        return inState(name, ImageBuilderState.RUNNING);
    }

    /**
     * Returns a {@code STOPPED} image builder.
     *
     * @param name a valid image builder name
     * @return the image builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is invalid
     */
    public static ImageBuilder stopped(String name) {
        return inState(name, ImageBuilderState.STOPPED);
    }

    /**
     * Returns a {@code PENDING} image builder, as right after a start.
     *
     * @param name a valid image builder name
     * @return the image builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is invalid
     */
    public static ImageBuilder pending(String name) {
        return inState(name, ImageBuilderState.PENDING);
    }

    /**
     * Returns a {@code STOPPING} image builder, as right after a stop.
     *
     * @param name a valid image builder name
     * @return the image builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is invalid
     */
    public static ImageBuilder stopping(String name) {
        return inState(name, ImageBuilderState.STOPPING);
    }

    /**
     * Returns a {@code FAILED} image builder with reason {@code INTERNAL_ERROR} and one
     * {@code IAM_SERVICE_ROLE_IS_MISSING} error.
     *
     * @param name a valid image builder name
     * @return the image builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is invalid
     */
    public static ImageBuilder failed(String name) {
        return failed(name,
                reason(StateChangeReasonCode.INTERNAL_ERROR, "The image builder could not be started."),
                error(FleetErrorCode.IAM_SERVICE_ROLE_IS_MISSING,
                        "The AppStream 2.0 service role is missing from the account."));
    }

    /**
     * Returns a {@code FAILED} image builder with this reason and these errors.
     *
     * @param name a valid image builder name
     * @param reason the state change reason, e.g. from {@link #reason(StateChangeReasonCode, String)}
     * @param errors the image builder errors, e.g. from {@link #error(FleetErrorCode, String)}; may be none
     * @return the image builder
     * @throws NullPointerException if an argument or an error is null
     * @throws IllegalArgumentException if {@code name} is invalid
     */
    public static ImageBuilder failed(String name, StateChangeReason reason, ResourceError... errors) {
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(errors, "errors must not be null");
        for (int i = 0; i < errors.length; i++) {
            Objects.requireNonNull(errors[i], "errors[" + i + "] must not be null");
        }
        return inState(name, ImageBuilderState.FAILED).toBuilder()
                .stateChangeReason(reason)
                .imageBuilderErrors(List.of(errors))
                .build();
    }

    private static String requireName(String name) {
        return ImageBuilderNames.requireValid(name, "name");
    }
}
