package io.github.appstream4j.internal.mapping;

import static io.github.appstream4j.internal.mapping.SdkArbitraries.maybeBoolean;
import static io.github.appstream4j.internal.mapping.SdkArbitraries.maybeEnum;
import static io.github.appstream4j.internal.mapping.SdkArbitraries.maybeInstant;
import static io.github.appstream4j.internal.mapping.SdkArbitraries.maybeString;
import static io.github.appstream4j.internal.mapping.SdkArbitraries.strings;

import io.github.appstream4j.model.AccessEndpoint;
import io.github.appstream4j.model.AccessEndpointType;
import io.github.appstream4j.model.DomainJoinInfo;
import io.github.appstream4j.model.FleetErrorCode;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.model.LatestAppstreamAgentVersion;
import io.github.appstream4j.model.NetworkAccessConfiguration;
import io.github.appstream4j.model.PlatformType;
import io.github.appstream4j.model.ResourceError;
import io.github.appstream4j.model.StateChangeReason;
import io.github.appstream4j.model.StateChangeReasonCode;
import io.github.appstream4j.model.VolumeConfig;
import io.github.appstream4j.model.VpcConfig;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/**
 * Random model image builders: optional members present or absent at random, lists with 0 to 4 elements and
 * a random {@code hasX()} flag (an empty list set as present, or a false flag that elements override),
 * enum members from the model's constants (including values SDK 2.40.2 lacks) and random strings.
 */
final class ModelArbitraries {

  private static final double ABSENT = 0.3;

  private ModelArbitraries() {}

  private static <E extends Enum<E>> Arbitrary<String> maybeModelEnum(E[] constants) {
    return maybeEnum(Arrays.asList(constants));
  }

  private static <T> Arbitrary<List<T>> lists(Arbitrary<T> elements) {
    return elements.list().ofMaxSize(4);
  }

  // used withProbability: an unset flag keeps its default, whether the list has elements
  private static Arbitrary<Boolean> flags() {
    return Arbitraries.of(true, false);
  }

  static Arbitrary<ImageBuilder> imageBuilders() {
    return Builders.withBuilder(ImageBuilder::builder)
        .use(strings()).in((b, v) -> b.name(v))
        .use(maybeString()).in((b, v) -> b.arn(v))
        .use(maybeString()).in((b, v) -> b.imageArn(v))
        .use(maybeString()).in((b, v) -> b.description(v))
        .use(maybeString()).in((b, v) -> b.displayName(v))
        .use(vpcConfigs().injectNull(ABSENT)).in((b, v) -> b.vpcConfig(v))
        .use(maybeString()).in((b, v) -> b.instanceType(v))
        .use(maybeModelEnum(PlatformType.values())).in((b, v) -> b.platformAsString(v))
        .use(maybeString()).in((b, v) -> b.iamRoleArn(v))
        .use(maybeModelEnum(ImageBuilderState.values())).in((b, v) -> b.stateAsString(v))
        .use(stateChangeReasons().injectNull(ABSENT)).in((b, v) -> b.stateChangeReason(v))
        .use(maybeInstant()).in((b, v) -> b.createdTime(v))
        .use(maybeBoolean()).in((b, v) -> b.enableDefaultInternetAccess(v))
        .use(domainJoinInfos().injectNull(ABSENT)).in((b, v) -> b.domainJoinInfo(v))
        .use(networkAccessConfigurations().injectNull(ABSENT)).in((b, v) -> b.networkAccessConfiguration(v))
        .use(lists(resourceErrors())).in((b, v) -> b.imageBuilderErrors(v))
        .use(flags()).withProbability(0.7).in((b, v) -> b.hasImageBuilderErrors(v))
        .use(maybeString()).in((b, v) -> b.appstreamAgentVersion(v))
        .use(lists(accessEndpoints())).in((b, v) -> b.accessEndpoints(v))
        .use(flags()).withProbability(0.7).in((b, v) -> b.hasAccessEndpoints(v))
        .use(volumeConfigs().injectNull(ABSENT)).in((b, v) -> b.rootVolumeConfig(v))
        .use(maybeModelEnum(LatestAppstreamAgentVersion.values()))
        .in((b, v) -> b.latestAppstreamAgentVersionAsString(v))
        .use(maybeBoolean()).in((b, v) -> b.disableIMDSV1(v))
        .build(ImageBuilder.Builder::build);
  }

  static Arbitrary<VpcConfig> vpcConfigs() {
    return Builders.withBuilder(VpcConfig::builder)
        .use(lists(strings())).in((b, v) -> b.subnetIds(v))
        .use(flags()).withProbability(0.7).in((b, v) -> b.hasSubnetIds(v))
        .use(lists(strings())).in((b, v) -> b.securityGroupIds(v))
        .use(flags()).withProbability(0.7).in((b, v) -> b.hasSecurityGroupIds(v))
        .build(VpcConfig.Builder::build);
  }

  static Arbitrary<StateChangeReason> stateChangeReasons() {
    return Builders.withBuilder(StateChangeReason::builder)
        .use(maybeModelEnum(StateChangeReasonCode.values())).in((b, v) -> b.codeAsString(v))
        .use(maybeString()).in((b, v) -> b.message(v))
        .build(StateChangeReason.Builder::build);
  }

  static Arbitrary<DomainJoinInfo> domainJoinInfos() {
    return Builders.withBuilder(DomainJoinInfo::builder)
        .use(maybeString()).in((b, v) -> b.directoryName(v))
        .use(maybeString()).in((b, v) -> b.organizationalUnitDistinguishedName(v))
        .build(DomainJoinInfo.Builder::build);
  }

  static Arbitrary<NetworkAccessConfiguration> networkAccessConfigurations() {
    return Builders.withBuilder(NetworkAccessConfiguration::builder)
        .use(maybeString()).in((b, v) -> b.eniPrivateIpAddress(v))
        .use(lists(strings())).in((b, v) -> b.eniIpv6Addresses(v))
        .use(flags()).withProbability(0.7).in((b, v) -> b.hasEniIpv6Addresses(v))
        .use(maybeString()).in((b, v) -> b.eniId(v))
        .build(NetworkAccessConfiguration.Builder::build);
  }

  static Arbitrary<ResourceError> resourceErrors() {
    return Builders.withBuilder(ResourceError::builder)
        .use(maybeModelEnum(FleetErrorCode.values())).in((b, v) -> b.errorCodeAsString(v))
        .use(maybeString()).in((b, v) -> b.errorMessage(v))
        .use(maybeInstant()).in((b, v) -> b.errorTimestamp(v))
        .build(ResourceError.Builder::build);
  }

  static Arbitrary<AccessEndpoint> accessEndpoints() {
    return Builders.withBuilder(AccessEndpoint::builder)
        .use(maybeModelEnum(AccessEndpointType.values())).in((b, v) -> b.endpointTypeAsString(v))
        .use(maybeString()).in((b, v) -> b.vpceId(v))
        .build(AccessEndpoint.Builder::build);
  }

  static Arbitrary<VolumeConfig> volumeConfigs() {
    return Builders.withBuilder(VolumeConfig::builder)
        .use(Arbitraries.integers().injectNull(ABSENT)).in((b, v) -> b.volumeSizeInGb(v))
        .build(VolumeConfig.Builder::build);
  }
}
