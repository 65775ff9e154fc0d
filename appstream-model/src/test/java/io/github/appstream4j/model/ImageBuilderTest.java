package io.github.appstream4j.model;

import static io.github.appstream4j.model.ModelFixtures.fullyPopulated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageBuilderTest {

  @Test
  void build_withoutName_throwsNamingName() {
    assertThatThrownBy(() -> ImageBuilder.builder().stateAsString("RUNNING").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void name_null_throwsNpe() {
    assertThatNullPointerException().isThrownBy(() -> ImageBuilder.builder().name(null));
  }

  @Test
  void build_onlyName_leavesOptionalsEmptyAndListsEmpty() {
    ImageBuilder b = ImageBuilder.builder().name("n").build();

    assertThat(b.name()).isEqualTo("n");
    assertThat(b.arn()).isEmpty();
    assertThat(b.imageArn()).isEmpty();
    assertThat(b.description()).isEmpty();
    assertThat(b.displayName()).isEmpty();
    assertThat(b.vpcConfig()).isEmpty();
    assertThat(b.instanceType()).isEmpty();
    assertThat(b.platformAsString()).isEmpty();
    assertThat(b.platform()).isEmpty();
    assertThat(b.iamRoleArn()).isEmpty();
    assertThat(b.stateAsString()).isEmpty();
    assertThat(b.state()).isEmpty();
    assertThat(b.stateChangeReason()).isEmpty();
    assertThat(b.createdTime()).isEmpty();
    assertThat(b.enableDefaultInternetAccess()).isEmpty();
    assertThat(b.domainJoinInfo()).isEmpty();
    assertThat(b.networkAccessConfiguration()).isEmpty();
    assertThat(b.imageBuilderErrors()).isEmpty();
    assertThat(b.appstreamAgentVersion()).isEmpty();
    assertThat(b.accessEndpoints()).isEmpty();
    assertThat(b.rootVolumeConfig()).isEmpty();
    assertThat(b.latestAppstreamAgentVersionAsString()).isEmpty();
    assertThat(b.latestAppstreamAgentVersion()).isEmpty();
    assertThat(b.disableIMDSV1()).isEmpty();
  }

  @Test
  void optionalSetter_null_meansAbsent() {
    ImageBuilder b = fullyPopulated().toBuilder().arn((String) null).stateAsString((String) null).build();

    assertThat(b.arn()).isEmpty();
    assertThat(b.state()).isEmpty();
  }

  @Test
  void lists_ofBuiltValue_areUnmodifiable() {
    ImageBuilder b = fullyPopulated();
    ResourceError error = ResourceError.builder().build();
    AccessEndpoint endpoint = AccessEndpoint.builder().build();

    assertThatThrownBy(() -> b.imageBuilderErrors().add(error)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> b.accessEndpoints().add(endpoint)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> b.vpcConfig().orElseThrow().subnetIds().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> b.networkAccessConfiguration().orElseThrow().eniIpv6Addresses().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_fromMutableList_copiesIt() {
    List<ResourceError> errors = new java.util.ArrayList<>();
    errors.add(ResourceError.builder().errorMessage("first").build());
    ImageBuilder.Builder builder = ImageBuilder.builder().name("n").imageBuilderErrors(errors);
    errors.add(ResourceError.builder().errorMessage("second").build());

    assertThat(builder.build().imageBuilderErrors()).hasSize(1);
  }

  @Test
  void stateAsString_unknownValue_keptRawAndEnumIsUnknown() {
    ImageBuilder b = ImageBuilder.builder()
        .name("n")
        .stateAsString("HIBERNATING")
        .platformAsString("WINDOWS_SERVER_2031")
        .latestAppstreamAgentVersionAsString("MAYBE")
        .build();

    assertThat(b.stateAsString()).contains("HIBERNATING");
    assertThat(b.state()).contains(ImageBuilderState.UNKNOWN);
    assertThat(b.state().orElseThrow().kind()).isEqualTo(ImageBuilderState.Kind.UNKNOWN);
    assertThat(b.platformAsString()).contains("WINDOWS_SERVER_2031");
    assertThat(b.platform()).contains(PlatformType.UNKNOWN);
    assertThat(b.latestAppstreamAgentVersionAsString()).contains("MAYBE");
    assertThat(b.latestAppstreamAgentVersion()).contains(LatestAppstreamAgentVersion.UNKNOWN);
    assertThat(b.toBuilder().build().stateAsString()).contains("HIBERNATING");
  }

  @Test
  void enumConveniences_knownValue_setWireString() {
    ImageBuilder b = fullyPopulated();

    assertThat(b.stateAsString()).contains("RUNNING");
    assertThat(b.state()).contains(ImageBuilderState.RUNNING);
    assertThat(b.platformAsString()).contains("WINDOWS_SERVER_2022");
    assertThat(b.latestAppstreamAgentVersionAsString()).contains("TRUE");
  }

  @Test
  void enumConveniences_unknown_throwIae() {
    ImageBuilder.Builder builder = ImageBuilder.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.state(ImageBuilderState.UNKNOWN))
        .withMessageContaining("state").withMessageContaining("UNKNOWN").withMessageContaining("stateAsString");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.platform(PlatformType.UNKNOWN))
        .withMessageContaining("platform");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.latestAppstreamAgentVersion(LatestAppstreamAgentVersion.UNKNOWN))
        .withMessageContaining("latestAppstreamAgentVersion");
  }

  @Test
  void enumConveniences_null_throwNpeNamingParameter() {
    ImageBuilder.Builder builder = ImageBuilder.builder();

    assertThatNullPointerException().isThrownBy(() -> builder.state(null)).withMessage("state must not be null");
    assertThatNullPointerException().isThrownBy(() -> builder.platform(null))
        .withMessage("platform must not be null");
    assertThatNullPointerException().isThrownBy(() -> builder.latestAppstreamAgentVersion(null))
        .withMessage("latestAppstreamAgentVersion must not be null");
  }

  @Test
  void equals_equalBuilders_equalWithSameHashCode() {
    ImageBuilder a = fullyPopulated();
    ImageBuilder b = fullyPopulated();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThat(a).isNotEqualTo(null).isNotEqualTo("builder-1");
  }

  static Stream<Arguments> oneMemberChanged() {
    return Stream.of(
        change("name", b -> b.name("other")),
        change("arn", b -> b.arn("arn:other")),
        change("imageArn", b -> b.imageArn("arn:other-image")),
        change("description", b -> b.description("other")),
        change("displayName", b -> b.displayName("other")),
        change("vpcConfig", b -> b.vpcConfig(VpcConfig.builder().addSubnetIds("subnet-2").build())),
        change("instanceType", b -> b.instanceType("stream.standard.large")),
        change("platformAsString", b -> b.platformAsString("RHEL8")),
        change("iamRoleArn", b -> b.iamRoleArn("arn:other-role")),
        change("stateAsString", b -> b.stateAsString("STOPPED")),
        change("stateChangeReason", b -> b.stateChangeReason(StateChangeReason.builder().message("x").build())),
        change("createdTime", b -> b.createdTime(Instant.EPOCH)),
        change("enableDefaultInternetAccess", b -> b.enableDefaultInternetAccess(false)),
        change("domainJoinInfo", b -> b.domainJoinInfo(DomainJoinInfo.builder().build())),
        change("networkAccessConfiguration",
            b -> b.networkAccessConfiguration(NetworkAccessConfiguration.builder().eniId("eni-2").build())),
        change("imageBuilderErrors", b -> b.imageBuilderErrors(List.of())),
        change("appstreamAgentVersion", b -> b.appstreamAgentVersion("[LATEST]")),
        change("accessEndpoints", b -> b.addAccessEndpoints(AccessEndpoint.builder().vpceId("vpce-2").build())),
        change("rootVolumeConfig", b -> b.rootVolumeConfig(VolumeConfig.builder().volumeSizeInGb(200).build())),
        change("latestAppstreamAgentVersionAsString", b -> b.latestAppstreamAgentVersionAsString("FALSE")),
        change("disableIMDSV1", b -> b.disableIMDSV1(true)));
  }

  private static Arguments change(String member, UnaryOperator<ImageBuilder.Builder> change) {
    return Arguments.of(member, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneMemberChanged")
  void equals_oneMemberDiffers_unequal(String member, UnaryOperator<ImageBuilder.Builder> change) {
    ImageBuilder original = fullyPopulated();
    ImageBuilder changed = change.apply(original.toBuilder()).build();

    assertThat(changed).isNotEqualTo(original);
    assertThat(original).isNotEqualTo(changed);
  }

  @Test
  void oneMemberChanged_coversEveryAttribute() {
    // an attribute added to ImageBuilder without a case above makes this fail
    long attributes = Stream.of(ImageBuilder.class.getDeclaredMethods())
        .filter(m -> java.lang.reflect.Modifier.isAbstract(m.getModifiers()))
        .count();

    assertThat(oneMemberChanged()).hasSize((int) attributes);
  }

  @Test
  void toString_containsNameAndState() {
    String text = fullyPopulated().toString();

    assertThat(text).startsWith("ImageBuilder{").contains("builder-1").contains("RUNNING");
  }
}
