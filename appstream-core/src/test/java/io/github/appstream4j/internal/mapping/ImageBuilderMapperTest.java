package io.github.appstream4j.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.appstream4j.model.AccessEndpointType;
import io.github.appstream4j.model.FleetErrorCode;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.model.LatestAppstreamAgentVersion;
import io.github.appstream4j.model.PlatformType;
import io.github.appstream4j.model.StateChangeReasonCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.model.AccessEndpoint;
import software.amazon.awssdk.services.appstream.model.ResourceError;

class ImageBuilderMapperTest {

  private static final Instant CREATED = Instant.parse("2025-01-02T03:04:05.678Z");

  private static software.amazon.awssdk.services.appstream.model.ImageBuilder fullyPopulatedSdk() {
    return software.amazon.awssdk.services.appstream.model.ImageBuilder.builder()
        .name("builder-1")
        .arn("arn:aws:appstream:us-east-1:123456789012:image-builder/builder-1")
        .imageArn("arn:aws:appstream:us-east-1::image/Base")
        .description("desc")
        .displayName("Builder 1")
        .vpcConfig(v -> v.subnetIds("subnet-1").securityGroupIds("sg-1", "sg-2"))
        .instanceType("stream.standard.medium")
        .platform("WINDOWS_SERVER_2022")
        .iamRoleArn("arn:aws:iam::123456789012:role/r")
        .state("RUNNING")
        .stateChangeReason(r -> r.code("INTERNAL_ERROR").message("m"))
        .createdTime(CREATED)
        .enableDefaultInternetAccess(true)
        .domainJoinInfo(d -> d.directoryName("corp.example.com").organizationalUnitDistinguishedName("OU=x"))
        .networkAccessConfiguration(n -> n.eniPrivateIpAddress("10.0.0.1").eniIpv6Addresses("2001:db8::1")
            .eniId("eni-1"))
        .imageBuilderErrors(ResourceError.builder()
            .errorCode("SUBNET_NOT_FOUND").errorMessage("gone").errorTimestamp(CREATED).build())
        .appstreamAgentVersion("1.1.1")
        .accessEndpoints(AccessEndpoint.builder().endpointType("STREAMING").vpceId("vpce-1").build())
        .rootVolumeConfig(v -> v.volumeSizeInGb(250))
        .latestAppstreamAgentVersion("TRUE")
        .build();
  }

  @Test
  void toModel_fullyPopulated_mapsEveryMember() {
    ImageBuilder model = ImageBuilderMapper.toModel(fullyPopulatedSdk());

    assertThat(model.name()).isEqualTo("builder-1");
    assertThat(model.arn()).contains("arn:aws:appstream:us-east-1:123456789012:image-builder/builder-1");
    assertThat(model.imageArn()).contains("arn:aws:appstream:us-east-1::image/Base");
    assertThat(model.description()).contains("desc");
    assertThat(model.displayName()).contains("Builder 1");
    assertThat(model.vpcConfig().orElseThrow().subnetIds()).containsExactly("subnet-1");
    assertThat(model.vpcConfig().orElseThrow().securityGroupIds()).containsExactly("sg-1", "sg-2");
    assertThat(model.instanceType()).contains("stream.standard.medium");
    assertThat(model.platform()).contains(PlatformType.WINDOWS_SERVER_2022);
    assertThat(model.iamRoleArn()).contains("arn:aws:iam::123456789012:role/r");
    assertThat(model.state()).contains(ImageBuilderState.RUNNING);
    assertThat(model.stateChangeReason().orElseThrow().code()).contains(StateChangeReasonCode.INTERNAL_ERROR);
    assertThat(model.stateChangeReason().orElseThrow().message()).contains("m");
    assertThat(model.createdTime()).contains(CREATED);
    assertThat(model.enableDefaultInternetAccess()).contains(true);
    assertThat(model.domainJoinInfo().orElseThrow().directoryName()).contains("corp.example.com");
    assertThat(model.domainJoinInfo().orElseThrow().organizationalUnitDistinguishedName()).contains("OU=x");
    assertThat(model.networkAccessConfiguration().orElseThrow().eniPrivateIpAddress()).contains("10.0.0.1");
    assertThat(model.networkAccessConfiguration().orElseThrow().eniIpv6Addresses()).containsExactly("2001:db8::1");
    assertThat(model.networkAccessConfiguration().orElseThrow().eniId()).contains("eni-1");
    assertThat(model.imageBuilderErrors()).singleElement().satisfies(e -> {
      assertThat(e.errorCode()).contains(FleetErrorCode.SUBNET_NOT_FOUND);
      assertThat(e.errorMessage()).contains("gone");
      assertThat(e.errorTimestamp()).contains(CREATED);
    });
    assertThat(model.appstreamAgentVersion()).contains("1.1.1");
    assertThat(model.accessEndpoints()).singleElement().satisfies(a -> {
      assertThat(a.endpointType()).contains(AccessEndpointType.STREAMING);
      assertThat(a.vpceId()).contains("vpce-1");
    });
    assertThat(model.rootVolumeConfig().orElseThrow().volumeSizeInGb()).contains(250);
    assertThat(model.latestAppstreamAgentVersion()).contains(LatestAppstreamAgentVersion.TRUE);
    assertThat(model.disableIMDSV1()).isEmpty();
  }

  @Test
  void toSdk_ofToModel_fullyPopulated_equalsOriginal() {
    software.amazon.awssdk.services.appstream.model.ImageBuilder sdk = fullyPopulatedSdk();

    assertThat(ImageBuilderMapper.toSdk(ImageBuilderMapper.toModel(sdk))).isEqualTo(sdk);
  }

  @Test
  void toModel_platformUnknownToSdk_keepsRawString() {
    software.amazon.awssdk.services.appstream.model.ImageBuilder sdk =
        fullyPopulatedSdk().toBuilder().platform("WINDOWS_SERVER_2025").build();
    assertThat(sdk.platform())
        .isEqualTo(software.amazon.awssdk.services.appstream.model.PlatformType.UNKNOWN_TO_SDK_VERSION);

    ImageBuilder model = ImageBuilderMapper.toModel(sdk);

    assertThat(model.platformAsString()).contains("WINDOWS_SERVER_2025");
    assertThat(model.platform()).contains(PlatformType.WINDOWS_SERVER_2025);
    assertThat(ImageBuilderMapper.toSdk(model).platformAsString()).isEqualTo("WINDOWS_SERVER_2025");
  }

  @Test
  void toModel_stateUnknownToBoth_isUnknownWithRawString() {
    ImageBuilder model = ImageBuilderMapper.toModel(fullyPopulatedSdk().toBuilder().state("HIBERNATING").build());

    assertThat(model.state()).contains(ImageBuilderState.UNKNOWN);
    assertThat(model.stateAsString()).contains("HIBERNATING");
    assertThat(ImageBuilderMapper.toSdk(model).stateAsString()).isEqualTo("HIBERNATING");
  }

  @Test
  void toSdk_disableImdsV1Set_dropsIt() {
    ImageBuilder model = ImageBuilder.builder().name("n").disableIMDSV1(true).build();

    ImageBuilder back = ImageBuilderMapper.toModel(ImageBuilderMapper.toSdk(model));

    assertThat(back.disableIMDSV1()).isEmpty();
    assertThat(back).isEqualTo(ImageBuilder.builder().name("n").build());
  }

  @Test
  void toSdk_emptyModelLists_leavesSdkListsUnset() {
    software.amazon.awssdk.services.appstream.model.ImageBuilder sdk = ImageBuilderMapper.toSdk(
        ImageBuilder.builder()
            .name("n")
            .vpcConfig(io.github.appstream4j.model.VpcConfig.builder().build())
            .networkAccessConfiguration(io.github.appstream4j.model.NetworkAccessConfiguration.builder().build())
            .build());

    assertThat(sdk.hasImageBuilderErrors()).isFalse();
    assertThat(sdk.hasAccessEndpoints()).isFalse();
    assertThat(sdk.vpcConfig().hasSubnetIds()).isFalse();
    assertThat(sdk.vpcConfig().hasSecurityGroupIds()).isFalse();
    assertThat(sdk.networkAccessConfiguration().hasEniIpv6Addresses()).isFalse();
    assertThat(sdk).isEqualTo(software.amazon.awssdk.services.appstream.model.ImageBuilder.builder()
        .name("n").vpcConfig(v -> { }).networkAccessConfiguration(c -> { }).build());
  }

  @Test
  void toSdk_ofToModel_explicitlyEmptySdkLists_stayPresent() {
    software.amazon.awssdk.services.appstream.model.ImageBuilder sdk =
        software.amazon.awssdk.services.appstream.model.ImageBuilder.builder()
            .name("n").imageBuilderErrors(List.<ResourceError>of()).accessEndpoints(List.<AccessEndpoint>of())
            .vpcConfig(v -> v.subnetIds(List.of()).securityGroupIds(List.of()))
            .networkAccessConfiguration(c -> c.eniIpv6Addresses(List.of()))
            .build();

    ImageBuilder model = ImageBuilderMapper.toModel(sdk);
    software.amazon.awssdk.services.appstream.model.ImageBuilder back = ImageBuilderMapper.toSdk(model);

    assertThat(model.imageBuilderErrors()).isEmpty();
    assertThat(model.hasImageBuilderErrors()).isTrue();
    assertThat(model.hasAccessEndpoints()).isTrue();
    assertThat(model.vpcConfig().orElseThrow().hasSubnetIds()).isTrue();
    assertThat(model.vpcConfig().orElseThrow().hasSecurityGroupIds()).isTrue();
    assertThat(model.networkAccessConfiguration().orElseThrow().hasEniIpv6Addresses()).isTrue();
    assertThat(back.hasImageBuilderErrors()).isTrue();
    assertThat(back.hasAccessEndpoints()).isTrue();
    assertThat(back.vpcConfig().hasSubnetIds()).isTrue();
    assertThat(back.vpcConfig().hasSecurityGroupIds()).isTrue();
    assertThat(back.networkAccessConfiguration().hasEniIpv6Addresses()).isTrue();
    assertThat(back).isEqualTo(sdk);
  }

  @Test
  void toModel_absentSdkLists_areNotPresent() {
    ImageBuilder model = ImageBuilderMapper.toModel(software.amazon.awssdk.services.appstream.model.ImageBuilder
        .builder().name("n").vpcConfig(v -> { }).networkAccessConfiguration(c -> { }).build());

    assertThat(model.hasImageBuilderErrors()).isFalse();
    assertThat(model.hasAccessEndpoints()).isFalse();
    assertThat(model.vpcConfig().orElseThrow().hasSubnetIds()).isFalse();
    assertThat(model.vpcConfig().orElseThrow().hasSecurityGroupIds()).isFalse();
    assertThat(model.networkAccessConfiguration().orElseThrow().hasEniIpv6Addresses()).isFalse();
  }

  @Test
  void toModel_sdkWithoutName_throwsNpeNamingName() {
    software.amazon.awssdk.services.appstream.model.ImageBuilder sdk =
        software.amazon.awssdk.services.appstream.model.ImageBuilder.builder().state("RUNNING").build();

    assertThatNullPointerException().isThrownBy(() -> ImageBuilderMapper.toModel(sdk))
        .withMessageContaining("name");
  }

  @Test
  void toModelAndToSdk_null_throwNpe() {
    assertThatNullPointerException().isThrownBy(() -> ImageBuilderMapper.toModel(
        (software.amazon.awssdk.services.appstream.model.ImageBuilder) null))
        .withMessage("sdk must not be null");
    assertThatNullPointerException().isThrownBy(() -> ImageBuilderMapper.toSdk((ImageBuilder) null))
        .withMessage("model must not be null");
  }
}
