package io.github.appstream4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An AppStream 2.0 image builder: the virtual machine used to create an image, as described by the service's
 * {@code ImageBuilder} structure (API version 2016-12-01).
 *
 * <p>Only {@link #name()} is required. Every other member is optional on the wire and therefore an
 * {@link Optional} here; list members are empty when absent, and {@code hasX()} tells an empty list the service
 * sent from an absent member, as the SDK does. Enumerated members are kept as the raw wire
 * string ({@code ...AsString()}) with a derived enum view that maps values added to the service later to
 * {@code UNKNOWN}, so a new state never breaks a caller. The model does not validate values: it holds what
 * the service sent.
 *
 * <p>Create instances with {@link #builder()}; {@code build()} throws {@link IllegalStateException} naming
 * {@code name} when no name was set. Instances are immutable and thread-safe, with value-based
 * {@code equals}, {@code hashCode} and {@code toString}; builders are not thread-safe.
 */
@Value.Immutable
public abstract class ImageBuilder {

  ImageBuilder() {}

  /**
   * Returns the name of the image builder, its identifier within an account and region.
   *
   * @return the name, never {@code null}
   */
  public abstract String name();

  /**
   * Returns the ARN of the image builder.
   *
   * @return the ARN, or empty when absent
   */
  public abstract Optional<String> arn();

  /**
   * Returns the ARN of the image from which this builder was created.
   *
   * @return the image ARN, or empty when absent
   */
  public abstract Optional<String> imageArn();

  /**
   * Returns the description to display.
   *
   * @return the description, or empty when absent
   */
  public abstract Optional<String> description();

  /**
   * Returns the image builder name to display.
   *
   * @return the display name, or empty when absent
   */
  public abstract Optional<String> displayName();

  /**
   * Returns the VPC configuration of the image builder.
   *
   * @return the VPC configuration, or empty when absent
   */
  public abstract Optional<VpcConfig> vpcConfig();

  /**
   * Returns the instance type of the image builder, for example {@code stream.standard.medium}.
   *
   * @return the instance type, or empty when absent
   */
  public abstract Optional<String> instanceType();

  /**
   * Returns the operating system platform as sent by the service, including platforms this library does not
   * know (for example {@code WINDOWS_SERVER_2025} from a newer service model).
   *
   * @return the raw platform, or empty when absent
   */
  public abstract Optional<String> platformAsString();

  /**
   * Returns the operating system platform as an enum, derived from {@link #platformAsString()}.
   *
   * @return the platform, {@link PlatformType#UNKNOWN} for a platform this version does not know, or empty
   *     when absent
   */
  public Optional<PlatformType> platform() {
    return platformAsString().map(PlatformType::fromValue);
  }

  /**
   * Returns the ARN of the IAM role applied to the image builder, which the builder assumes through STS.
   *
   * @return the role ARN, or empty when absent
   */
  public abstract Optional<String> iamRoleArn();

  /**
   * Returns the state as sent by the service, including states this library does not know.
   *
   * @return the raw state, or empty when absent
   */
  public abstract Optional<String> stateAsString();

  /**
   * Returns the state as an enum, derived from {@link #stateAsString()}; see
   * {@link ImageBuilderState#kind()} for its class.
   *
   * @return the state, {@link ImageBuilderState#UNKNOWN} for a state this version does not know, or empty
   *     when absent
   */
  public Optional<ImageBuilderState> state() {
    return stateAsString().map(ImageBuilderState::fromValue);
  }

  /**
   * Returns the reason why the last state change occurred.
   *
   * @return the reason, or empty when absent
   */
  public abstract Optional<StateChangeReason> stateChangeReason();

  /**
   * Returns the time the image builder was created.
   *
   * @return the creation time, or empty when absent
   */
  public abstract Optional<Instant> createdTime();

  /**
   * Returns whether default internet access is enabled for the image builder.
   *
   * @return the flag, or empty when absent
   */
  public abstract Optional<Boolean> enableDefaultInternetAccess();

  /**
   * Returns the directory and organizational unit used to join the builder to a Microsoft Active Directory
   * domain.
   *
   * @return the domain join information, or empty when absent
   */
  public abstract Optional<DomainJoinInfo> domainJoinInfo();

  /**
   * Returns the network details of the image builder instance.
   *
   * @return the network access configuration, or empty when absent
   */
  public abstract Optional<NetworkAccessConfiguration> networkAccessConfiguration();

  /**
   * Returns the errors of the image builder, for example why it is FAILED.
   *
   * @return the errors, an unmodifiable list, empty when absent
   */
  public abstract List<ResourceError> imageBuilderErrors();

  /**
   * Returns whether the {@code ImageBuilderErrors} member is present, like the SDK's
   * {@code hasImageBuilderErrors()}: always when {@link #imageBuilderErrors()} has elements, and for an empty
   * list when it was set as present (the service sent {@code []}). It is not part of {@code equals},
   * {@code hashCode} or {@code toString}; {@code toBuilder()} keeps it.
   *
   * @return whether the member is present; by default, whether the list has elements
   */
  @Value.Default
  @Value.Auxiliary
  public boolean hasImageBuilderErrors() {
    return !imageBuilderErrors().isEmpty();
  }

  /**
   * Returns the version of the streaming agent the image builder currently uses.
   *
   * @return the agent version, or empty when absent
   */
  public abstract Optional<String> appstreamAgentVersion();

  /**
   * Returns the interface VPC endpoints through which administrators can connect to the image builder (one
   * to four in the service).
   *
   * @return the endpoints, an unmodifiable list, empty when absent
   */
  public abstract List<AccessEndpoint> accessEndpoints();

  /**
   * Returns whether the {@code AccessEndpoints} member is present, like the SDK's {@code hasAccessEndpoints()}:
   * always when {@link #accessEndpoints()} has elements, and for an empty list when it was set as present. It is
   * not part of {@code equals}, {@code hashCode} or {@code toString}; {@code toBuilder()} keeps it.
   *
   * @return whether the member is present; by default, whether the list has elements
   */
  @Value.Default
  @Value.Auxiliary
  public boolean hasAccessEndpoints() {
    return !accessEndpoints().isEmpty();
  }

  /**
   * Returns the configuration of the root volume, including its size in GB.
   *
   * @return the root volume configuration, or empty when absent
   */
  public abstract Optional<VolumeConfig> rootVolumeConfig();

  /**
   * Returns, as sent by the service ({@code "TRUE"} or {@code "FALSE"}, strings), whether the image builder
   * uses the latest streaming agent version.
   *
   * @return the raw value, or empty when absent
   */
  public abstract Optional<String> latestAppstreamAgentVersionAsString();

  /**
   * Returns whether the image builder uses the latest streaming agent version, derived from
   * {@link #latestAppstreamAgentVersionAsString()}.
   *
   * @return the value, {@link LatestAppstreamAgentVersion#UNKNOWN} for a value this version does not know,
   *     or empty when absent
   */
  public Optional<LatestAppstreamAgentVersion> latestAppstreamAgentVersion() {
    return latestAppstreamAgentVersionAsString().map(LatestAppstreamAgentVersion::fromValue);
  }

  /**
   * Returns whether Instance Metadata Service Version 1 (IMDSv1) is disabled for the image builder. The
   * member was added to the service on 2026-02-20; AWS SDK for Java 2.40.2 does not carry it, so values read
   * through that SDK leave it empty.
   *
   * @return the flag, or empty when absent
   */
  public abstract Optional<Boolean> disableIMDSV1();

  // A list with elements is present whatever its flag says: toBuilder() copies a false flag, and elements
  // added afterwards must not contradict it.
  @Value.Check
  ImageBuilder normalize() {
    if (ListPresence.consistent(hasImageBuilderErrors(), imageBuilderErrors())
        && ListPresence.consistent(hasAccessEndpoints(), accessEndpoints())) {
      return this;
    }
    return toBuilder()
        .hasImageBuilderErrors(ListPresence.present(hasImageBuilderErrors(), imageBuilderErrors()))
        .hasAccessEndpoints(ListPresence.present(hasAccessEndpoints(), accessEndpoints()))
        .build();
  }

  /**
   * Returns a new, empty builder; {@code name} must be set before {@code build()}.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with every member of this value.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link ImageBuilder} values; not thread-safe, reusable after {@code build()}. Setters of optional
   * members accept {@code null} as "absent"; {@code build()} throws {@link IllegalStateException} naming
   * {@code name} when no name was set.
   */
  public static final class Builder extends ImmutableImageBuilder.Builder {
    Builder() {}

    /**
     * Sets the state from a known constant; to set a raw wire value use {@code stateAsString(String)}.
     *
     * @param state a known state
     * @return this builder
     * @throws NullPointerException if {@code state} is {@code null}
     * @throws IllegalArgumentException if {@code state} is {@link ImageBuilderState#UNKNOWN}
     */
    public Builder state(ImageBuilderState state) {
      return stateAsString(WireEnums.requireKnown(state, ImageBuilderState.UNKNOWN, "state"));
    }

    /**
     * Sets the platform from a known constant; to set a raw wire value use {@code platformAsString(String)}.
     *
     * @param platform a known platform
     * @return this builder
     * @throws NullPointerException if {@code platform} is {@code null}
     * @throws IllegalArgumentException if {@code platform} is {@link PlatformType#UNKNOWN}
     */
    public Builder platform(PlatformType platform) {
      return platformAsString(WireEnums.requireKnown(platform, PlatformType.UNKNOWN, "platform"));
    }

    /**
     * Sets whether the latest agent is used from a known constant; to set a raw wire value use
     * {@code latestAppstreamAgentVersionAsString(String)}.
     *
     * @param latestAppstreamAgentVersion a known value
     * @return this builder
     * @throws NullPointerException if {@code latestAppstreamAgentVersion} is {@code null}
     * @throws IllegalArgumentException if it is {@link LatestAppstreamAgentVersion#UNKNOWN}
     */
    public Builder latestAppstreamAgentVersion(LatestAppstreamAgentVersion latestAppstreamAgentVersion) {
      return latestAppstreamAgentVersionAsString(WireEnums.requireKnown(
          latestAppstreamAgentVersion, LatestAppstreamAgentVersion.UNKNOWN, "latestAppstreamAgentVersion"));
    }
  }
}
