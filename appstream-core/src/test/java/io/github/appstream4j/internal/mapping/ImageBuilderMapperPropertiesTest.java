package io.github.appstream4j.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.NetworkAccessConfiguration;
import io.github.appstream4j.model.VpcConfig;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import software.amazon.awssdk.services.appstream.model.PlatformType;

class ImageBuilderMapperPropertiesTest {

  @Provide
  Arbitrary<software.amazon.awssdk.services.appstream.model.ImageBuilder> sdkImageBuilders() {
    return SdkArbitraries.imageBuilders();
  }

  @Provide
  Arbitrary<ImageBuilder> modelImageBuilders() {
    return ModelArbitraries.imageBuilders();
  }

  @Property(tries = 1500)
  void toSdk_ofToModel_equalsOriginalSdkValue(
      @ForAll("sdkImageBuilders") software.amazon.awssdk.services.appstream.model.ImageBuilder sdk) {
    software.amazon.awssdk.services.appstream.model.ImageBuilder back =
        ImageBuilderMapper.toSdk(ImageBuilderMapper.toModel(sdk));

    assertThat(back).isEqualTo(sdk);
    assertThat(back.hasImageBuilderErrors()).isEqualTo(sdk.hasImageBuilderErrors());
    assertThat(back.hasAccessEndpoints()).isEqualTo(sdk.hasAccessEndpoints());
    collectCoverage(sdk);
  }

  @Property(tries = 1500)
  void toModel_ofToSdk_equalsOriginalModelValueWithoutDisableImdsV1(@ForAll("modelImageBuilders") ImageBuilder model) {
    ImageBuilder back = ImageBuilderMapper.toModel(ImageBuilderMapper.toSdk(model));

    // SDK 2.40.2 has no DisableIMDSV1 member: the only member that cannot survive the SDK
    assertThat(back).isEqualTo(model.toBuilder().disableIMDSV1(Optional.empty()).build());
    assertThat(back.stateAsString()).isEqualTo(model.stateAsString());
    assertThat(back.platformAsString()).isEqualTo(model.platformAsString());
    // list presence is not part of equals
    assertThat(listPresence(back)).isEqualTo(listPresence(model));
  }

  private static List<Optional<Boolean>> listPresence(ImageBuilder b) {
    return List.of(Optional.of(b.hasImageBuilderErrors()), Optional.of(b.hasAccessEndpoints()),
        b.vpcConfig().map(VpcConfig::hasSubnetIds), b.vpcConfig().map(VpcConfig::hasSecurityGroupIds),
        b.networkAccessConfiguration().map(NetworkAccessConfiguration::hasEniIpv6Addresses));
  }

  // Fails the property when the generator stops producing the cases that matter: absent members, SDK-unknown
  // enum strings, present lists (empty ones too), builders with most members set.
  private static void collectCoverage(software.amazon.awssdk.services.appstream.model.ImageBuilder sdk) {
    Statistics.label("platform").collect(platformClass(sdk));
    Statistics.label("imageBuilderErrors").collect(listClass(sdk.hasImageBuilderErrors(), sdk.imageBuilderErrors()));
    Statistics.label("members present").collect(membersPresent(sdk) >= 12 ? "12 or more" : "fewer than 12");

    Statistics.label("platform").coverage(c -> {
      c.check("absent").percentage(p -> p > 10);
      c.check("known to SDK").percentage(p -> p > 20);
      c.check("unknown to SDK").percentage(p -> p > 10);
    });
    Statistics.label("imageBuilderErrors").coverage(c -> {
      c.check("absent").percentage(p -> p > 20);
      c.check("present, empty").percentage(p -> p > 5);
      c.check("present, with elements").percentage(p -> p > 20);
    });
    Statistics.label("members present").coverage(c -> c.check("12 or more").percentage(p -> p > 10));
  }

  private static String listClass(boolean present, List<?> list) {
    if (!present) {
      return "absent";
    }
    return list.isEmpty() ? "present, empty" : "present, with elements";
  }

  private static String platformClass(software.amazon.awssdk.services.appstream.model.ImageBuilder sdk) {
    if (sdk.platformAsString() == null) {
      return "absent";
    }
    return sdk.platform() == PlatformType.UNKNOWN_TO_SDK_VERSION ? "unknown to SDK" : "known to SDK";
  }

  private static long membersPresent(software.amazon.awssdk.services.appstream.model.ImageBuilder sdk) {
    return Stream.of(sdk.arn(), sdk.imageArn(), sdk.description(), sdk.displayName(), sdk.vpcConfig(),
            sdk.instanceType(), sdk.platformAsString(), sdk.iamRoleArn(), sdk.stateAsString(),
            sdk.stateChangeReason(), sdk.createdTime(), sdk.enableDefaultInternetAccess(), sdk.domainJoinInfo(),
            sdk.networkAccessConfiguration(), sdk.hasImageBuilderErrors() ? sdk.imageBuilderErrors() : null,
            sdk.appstreamAgentVersion(), sdk.hasAccessEndpoints() ? sdk.accessEndpoints() : null,
            sdk.rootVolumeConfig(), sdk.latestAppstreamAgentVersionAsString())
        .filter(v -> v != null)
        .count();
  }
}
