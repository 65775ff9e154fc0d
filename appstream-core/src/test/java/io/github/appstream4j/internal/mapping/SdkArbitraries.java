package io.github.appstream4j.internal.mapping;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import software.amazon.awssdk.services.appstream.model.AccessEndpoint;
import software.amazon.awssdk.services.appstream.model.AccessEndpointType;
import software.amazon.awssdk.services.appstream.model.DomainJoinInfo;
import software.amazon.awssdk.services.appstream.model.FleetErrorCode;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.ImageBuilderStateChangeReason;
import software.amazon.awssdk.services.appstream.model.ImageBuilderStateChangeReasonCode;
import software.amazon.awssdk.services.appstream.model.LatestAppstreamAgentVersion;
import software.amazon.awssdk.services.appstream.model.NetworkAccessConfiguration;
import software.amazon.awssdk.services.appstream.model.PlatformType;
import software.amazon.awssdk.services.appstream.model.ResourceError;
import software.amazon.awssdk.services.appstream.model.VolumeConfig;
import software.amazon.awssdk.services.appstream.model.VpcConfig;

/**
 * Random SDK image builders: each member present or absent at random ({@code null} = absent), lists absent,
 * present but empty, or with 1 to 4 elements, enum members drawn from the SDK's known values, values newer than SDK 2.40.2, and
 * random strings.
 */
final class SdkArbitraries {

  private static final double ABSENT = 0.3;

  private SdkArbitraries() {}

  static Arbitrary<String> strings() {
    return Arbitraries.strings().all().ofMaxLength(12);
  }

  static Arbitrary<String> maybeString() {
    return strings().injectNull(ABSENT);
  }

  /** Known SDK values, values from newer service models, and arbitrary strings. */
  static Arbitrary<String> maybeEnum(Collection<?> knownValues, String... newerValues) {
    Arbitrary<String> known = Arbitraries.of(knownValues.stream().map(Object::toString).toList());
    Arbitrary<String> newer = Arbitraries.of(Stream.concat(Stream.of("UNKNOWN"), Stream.of(newerValues)).toList());
    return Arbitraries.frequencyOf(Tuple.of(6, known), Tuple.of(2, newer), Tuple.of(2, strings()))
        .injectNull(ABSENT);
  }

  static Arbitrary<Instant> maybeInstant() {
    Arbitrary<Long> seconds = Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L);
    Arbitrary<Integer> nanos = Arbitraries.integers().between(0, 999_999_999);
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond).injectNull(ABSENT);
  }

  static Arbitrary<Boolean> maybeBoolean() {
    return Arbitraries.of(true, false).injectNull(ABSENT);
  }

  // null leaves the SDK's auto-construct list (hasX() false); List.of() is a member the service sent as []
  static <T> Arbitrary<List<T>> maybeList(Arbitrary<T> elements) {
    return Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(List.<T>of())), Tuple.of(8, elements.list().ofMinSize(1).ofMaxSize(4)))
        .injectNull(0.4);
  }

  static Arbitrary<ImageBuilder> imageBuilders() {
    return Builders.withBuilder(ImageBuilder::builder)
        .use(strings()).in(ImageBuilder.Builder::name)
        .use(maybeString()).in(ImageBuilder.Builder::arn)
        .use(maybeString()).in(ImageBuilder.Builder::imageArn)
        .use(maybeString()).in(ImageBuilder.Builder::description)
        .use(maybeString()).in(ImageBuilder.Builder::displayName)
        .use(vpcConfigs().injectNull(ABSENT)).in((b, v) -> b.vpcConfig(v))
        .use(maybeString()).in(ImageBuilder.Builder::instanceType)
        .use(maybeEnum(PlatformType.knownValues(), "WINDOWS_SERVER_2025", "UBUNTU_PRO_2404"))
        .in((b, v) -> b.platform(v))
        .use(maybeString()).in(ImageBuilder.Builder::iamRoleArn)
        .use(maybeEnum(ImageBuilderState.knownValues(), "HIBERNATING")).in((b, v) -> b.state(v))
        .use(stateChangeReasons().injectNull(ABSENT)).in((b, v) -> b.stateChangeReason(v))
        .use(maybeInstant()).in(ImageBuilder.Builder::createdTime)
        .use(maybeBoolean()).in(ImageBuilder.Builder::enableDefaultInternetAccess)
        .use(domainJoinInfos().injectNull(ABSENT)).in((b, v) -> b.domainJoinInfo(v))
        .use(networkAccessConfigurations().injectNull(ABSENT)).in((b, v) -> b.networkAccessConfiguration(v))
        .use(maybeList(resourceErrors())).in((b, v) -> b.imageBuilderErrors(v))
        .use(maybeString()).in(ImageBuilder.Builder::appstreamAgentVersion)
        .use(maybeList(accessEndpoints())).in((b, v) -> b.accessEndpoints(v))
        .use(volumeConfigs().injectNull(ABSENT)).in((b, v) -> b.rootVolumeConfig(v))
        .use(maybeEnum(LatestAppstreamAgentVersion.knownValues(), "true"))
        .in((b, v) -> b.latestAppstreamAgentVersion(v))
        .build(ImageBuilder.Builder::build);
  }

  static Arbitrary<VpcConfig> vpcConfigs() {
    return Builders.withBuilder(VpcConfig::builder)
        .use(maybeList(strings())).in((b, v) -> b.subnetIds(v))
        .use(maybeList(strings())).in((b, v) -> b.securityGroupIds(v))
        .build(VpcConfig.Builder::build);
  }

  static Arbitrary<ImageBuilderStateChangeReason> stateChangeReasons() {
    return Builders.withBuilder(ImageBuilderStateChangeReason::builder)
        .use(maybeEnum(ImageBuilderStateChangeReasonCode.knownValues())).in((b, v) -> b.code(v))
        .use(maybeString()).in(ImageBuilderStateChangeReason.Builder::message)
        .build(ImageBuilderStateChangeReason.Builder::build);
  }

  static Arbitrary<DomainJoinInfo> domainJoinInfos() {
    return Builders.withBuilder(DomainJoinInfo::builder)
        .use(maybeString()).in(DomainJoinInfo.Builder::directoryName)
        .use(maybeString()).in(DomainJoinInfo.Builder::organizationalUnitDistinguishedName)
        .build(DomainJoinInfo.Builder::build);
  }

  static Arbitrary<NetworkAccessConfiguration> networkAccessConfigurations() {
    return Builders.withBuilder(NetworkAccessConfiguration::builder)
        .use(maybeString()).in(NetworkAccessConfiguration.Builder::eniPrivateIpAddress)
        .use(maybeList(strings())).in((b, v) -> b.eniIpv6Addresses(v))
        .use(maybeString()).in(NetworkAccessConfiguration.Builder::eniId)
        .build(NetworkAccessConfiguration.Builder::build);
  }

  static Arbitrary<ResourceError> resourceErrors() {
    return Builders.withBuilder(ResourceError::builder)
        .use(maybeEnum(FleetErrorCode.knownValues(), "IMAGE_IMPORT_FAILED")).in((b, v) -> b.errorCode(v))
        .use(maybeString()).in(ResourceError.Builder::errorMessage)
        .use(maybeInstant()).in(ResourceError.Builder::errorTimestamp)
        .build(ResourceError.Builder::build);
  }

  static Arbitrary<AccessEndpoint> accessEndpoints() {
    return Builders.withBuilder(AccessEndpoint::builder)
        .use(maybeEnum(AccessEndpointType.knownValues())).in((b, v) -> b.endpointType(v))
        .use(maybeString()).in(AccessEndpoint.Builder::vpceId)
        .build(AccessEndpoint.Builder::build);
  }

  static Arbitrary<VolumeConfig> volumeConfigs() {
    return Builders.withBuilder(VolumeConfig::builder)
        .use(Arbitraries.integers().injectNull(ABSENT)).in(VolumeConfig.Builder::volumeSizeInGb)
        .build(VolumeConfig.Builder::build);
  }
}
