package io.github.appstream4j.internal.mapping;

import io.github.appstream4j.model.AccessEndpoint;
import io.github.appstream4j.model.DomainJoinInfo;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.NetworkAccessConfiguration;
import io.github.appstream4j.model.ResourceError;
import io.github.appstream4j.model.StateChangeReason;
import io.github.appstream4j.model.VolumeConfig;
import io.github.appstream4j.model.VpcConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.appstream.model.ImageBuilderStateChangeReason;

/**
 * Converts image builders between the AWS SDK 2.40.2 types and the SDK-free model, losslessly for every
 * member the SDK type carries. Enumerated members travel as raw strings ({@code ...AsString()} getters,
 * String setters), so values unknown to either side survive.
 *
 * <p>Lists keep their presence: the model's {@code hasX()} carries the SDK's, so an empty list the service
 * sent stays present and an absent one stays unset (the SDK's auto-construct list, {@code hasX()} false). The
 * one member that does not survive is {@code DisableIMDSV1}: the SDK type lacks it, so {@code toModel} leaves
 * it absent and {@code toSdk} drops it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ImageBuilderMapper {

  private ImageBuilderMapper() {}

  /**
   * Converts an SDK image builder to the model.
   *
   * @param sdk the SDK value
   * @return the model value
   * @throws NullPointerException if {@code sdk} or its name is {@code null}
   */
  public static ImageBuilder toModel(software.amazon.awssdk.services.appstream.model.ImageBuilder sdk) {
    Objects.requireNonNull(sdk, "sdk must not be null");
    Objects.requireNonNull(sdk.name(), "sdk.name() must not be null");
    return ImageBuilder.builder()
        .name(sdk.name())
        .arn(sdk.arn())
        .imageArn(sdk.imageArn())
        .description(sdk.description())
        .displayName(sdk.displayName())
        .vpcConfig(Optional.ofNullable(sdk.vpcConfig()).map(ImageBuilderMapper::toModel))
        .instanceType(sdk.instanceType())
        .platformAsString(sdk.platformAsString())
        .iamRoleArn(sdk.iamRoleArn())
        .stateAsString(sdk.stateAsString())
        .stateChangeReason(Optional.ofNullable(sdk.stateChangeReason()).map(ImageBuilderMapper::toModel))
        .createdTime(sdk.createdTime())
        .enableDefaultInternetAccess(sdk.enableDefaultInternetAccess())
        .domainJoinInfo(Optional.ofNullable(sdk.domainJoinInfo()).map(ImageBuilderMapper::toModel))
        .networkAccessConfiguration(
            Optional.ofNullable(sdk.networkAccessConfiguration()).map(ImageBuilderMapper::toModel))
        .imageBuilderErrors(mapList(sdk.imageBuilderErrors(), ImageBuilderMapper::toModel))
        .hasImageBuilderErrors(sdk.hasImageBuilderErrors())
        .appstreamAgentVersion(sdk.appstreamAgentVersion())
        .accessEndpoints(mapList(sdk.accessEndpoints(), ImageBuilderMapper::toModel))
        .hasAccessEndpoints(sdk.hasAccessEndpoints())
        .rootVolumeConfig(Optional.ofNullable(sdk.rootVolumeConfig()).map(ImageBuilderMapper::toModel))
        .latestAppstreamAgentVersionAsString(sdk.latestAppstreamAgentVersionAsString())
        .build();
  }

  /**
   * Converts a model image builder to the SDK type. {@code disableIMDSV1} is dropped: SDK 2.40.2 has no
   * such member.
   *
   * @param model the model value
   * @return the SDK value
   * @throws NullPointerException if {@code model} is {@code null}
   */
  public static software.amazon.awssdk.services.appstream.model.ImageBuilder toSdk(ImageBuilder model) {
    Objects.requireNonNull(model, "model must not be null");
    return software.amazon.awssdk.services.appstream.model.ImageBuilder.builder()
        .name(model.name())
        .arn(model.arn().orElse(null))
        .imageArn(model.imageArn().orElse(null))
        .description(model.description().orElse(null))
        .displayName(model.displayName().orElse(null))
        .vpcConfig(model.vpcConfig().map(ImageBuilderMapper::toSdk).orElse(null))
        .instanceType(model.instanceType().orElse(null))
        .platform(model.platformAsString().orElse(null))
        .iamRoleArn(model.iamRoleArn().orElse(null))
        .state(model.stateAsString().orElse(null))
        .stateChangeReason(model.stateChangeReason().map(ImageBuilderMapper::toSdk).orElse(null))
        .createdTime(model.createdTime().orElse(null))
        .enableDefaultInternetAccess(model.enableDefaultInternetAccess().orElse(null))
        .domainJoinInfo(model.domainJoinInfo().map(ImageBuilderMapper::toSdk).orElse(null))
        .networkAccessConfiguration(
            model.networkAccessConfiguration().map(ImageBuilderMapper::toSdk).orElse(null))
        .imageBuilderErrors(presentOrUnset(model.hasImageBuilderErrors(),
            mapList(model.imageBuilderErrors(), ImageBuilderMapper::toSdk)))
        .appstreamAgentVersion(model.appstreamAgentVersion().orElse(null))
        .accessEndpoints(presentOrUnset(model.hasAccessEndpoints(),
            mapList(model.accessEndpoints(), ImageBuilderMapper::toSdk)))
        .rootVolumeConfig(model.rootVolumeConfig().map(ImageBuilderMapper::toSdk).orElse(null))
        .latestAppstreamAgentVersion(model.latestAppstreamAgentVersionAsString().orElse(null))
        .build();
  }

  static VpcConfig toModel(software.amazon.awssdk.services.appstream.model.VpcConfig sdk) {
    return VpcConfig.builder()
        .subnetIds(sdk.subnetIds())
        .hasSubnetIds(sdk.hasSubnetIds())
        .securityGroupIds(sdk.securityGroupIds())
        .hasSecurityGroupIds(sdk.hasSecurityGroupIds())
        .build();
  }

  static software.amazon.awssdk.services.appstream.model.VpcConfig toSdk(VpcConfig model) {
    return software.amazon.awssdk.services.appstream.model.VpcConfig.builder()
        .subnetIds(presentOrUnset(model.hasSubnetIds(), model.subnetIds()))
        .securityGroupIds(presentOrUnset(model.hasSecurityGroupIds(), model.securityGroupIds()))
        .build();
  }

  static StateChangeReason toModel(ImageBuilderStateChangeReason sdk) {
    return StateChangeReason.builder().codeAsString(sdk.codeAsString()).message(sdk.message()).build();
  }

  static ImageBuilderStateChangeReason toSdk(StateChangeReason model) {
    return ImageBuilderStateChangeReason.builder()
        .code(model.codeAsString().orElse(null))
        .message(model.message().orElse(null))
        .build();
  }

  static DomainJoinInfo toModel(software.amazon.awssdk.services.appstream.model.DomainJoinInfo sdk) {
    return DomainJoinInfo.builder()
        .directoryName(sdk.directoryName())
        .organizationalUnitDistinguishedName(sdk.organizationalUnitDistinguishedName())
        .build();
  }

  static software.amazon.awssdk.services.appstream.model.DomainJoinInfo toSdk(DomainJoinInfo model) {
    return software.amazon.awssdk.services.appstream.model.DomainJoinInfo.builder()
        .directoryName(model.directoryName().orElse(null))
        .organizationalUnitDistinguishedName(model.organizationalUnitDistinguishedName().orElse(null))
        .build();
  }

  static NetworkAccessConfiguration toModel(
      software.amazon.awssdk.services.appstream.model.NetworkAccessConfiguration sdk) {
    return NetworkAccessConfiguration.builder()
        .eniPrivateIpAddress(sdk.eniPrivateIpAddress())
        .eniIpv6Addresses(sdk.eniIpv6Addresses())
        .hasEniIpv6Addresses(sdk.hasEniIpv6Addresses())
        .eniId(sdk.eniId())
        .build();
  }

  static software.amazon.awssdk.services.appstream.model.NetworkAccessConfiguration toSdk(
      NetworkAccessConfiguration model) {
    return software.amazon.awssdk.services.appstream.model.NetworkAccessConfiguration.builder()
        .eniPrivateIpAddress(model.eniPrivateIpAddress().orElse(null))
        .eniIpv6Addresses(presentOrUnset(model.hasEniIpv6Addresses(), model.eniIpv6Addresses()))
        .eniId(model.eniId().orElse(null))
        .build();
  }

  static ResourceError toModel(software.amazon.awssdk.services.appstream.model.ResourceError sdk) {
    return ResourceError.builder()
        .errorCodeAsString(sdk.errorCodeAsString())
        .errorMessage(sdk.errorMessage())
        .errorTimestamp(sdk.errorTimestamp())
        .build();
  }

  static software.amazon.awssdk.services.appstream.model.ResourceError toSdk(ResourceError model) {
    return software.amazon.awssdk.services.appstream.model.ResourceError.builder()
        .errorCode(model.errorCodeAsString().orElse(null))
        .errorMessage(model.errorMessage().orElse(null))
        .errorTimestamp(model.errorTimestamp().orElse(null))
        .build();
  }

  static AccessEndpoint toModel(software.amazon.awssdk.services.appstream.model.AccessEndpoint sdk) {
    return AccessEndpoint.builder()
        .endpointTypeAsString(sdk.endpointTypeAsString())
        .vpceId(sdk.vpceId())
        .build();
  }

  static software.amazon.awssdk.services.appstream.model.AccessEndpoint toSdk(AccessEndpoint model) {
    return software.amazon.awssdk.services.appstream.model.AccessEndpoint.builder()
        .endpointType(model.endpointTypeAsString().orElse(null))
        .vpceId(model.vpceId().orElse(null))
        .build();
  }

  static VolumeConfig toModel(software.amazon.awssdk.services.appstream.model.VolumeConfig sdk) {
    return VolumeConfig.builder().volumeSizeInGb(sdk.volumeSizeInGb()).build();
  }

  static software.amazon.awssdk.services.appstream.model.VolumeConfig toSdk(VolumeConfig model) {
    return software.amazon.awssdk.services.appstream.model.VolumeConfig.builder()
        .volumeSizeInGb(model.volumeSizeInGb().orElse(null))
        .build();
  }

  private static <S, M> List<M> mapList(List<S> values, Function<S, M> mapper) {
    return values.stream().map(mapper).collect(Collectors.toList());
  }

  // A null collection makes the SDK builder keep its auto-construct list: hasX() stays false, as when the
  // member is missing from a response. Any list, even an empty one, makes hasX() true.
  private static <T> List<T> presentOrUnset(boolean present, List<T> values) {
    return present ? values : null;
  }
}
