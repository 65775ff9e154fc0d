package io.github.appstream4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NestedValuesTest {

  @Test
  void resourceError_unknownCode_keptRawAndEnumIsUnknown() {
    ResourceError error = ResourceError.builder().errorCodeAsString("NEW_ERROR").build();

    assertThat(error.errorCodeAsString()).contains("NEW_ERROR");
    assertThat(error.errorCode()).contains(FleetErrorCode.UNKNOWN);
    assertThat(error.toBuilder().build()).isEqualTo(error);
  }

  @Test
  void accessEndpoint_unknownType_keptRawAndEnumIsUnknown() {
    AccessEndpoint endpoint = AccessEndpoint.builder().endpointTypeAsString("WEBRTC").build();

    assertThat(endpoint.endpointTypeAsString()).contains("WEBRTC");
    assertThat(endpoint.endpointType()).contains(AccessEndpointType.UNKNOWN);
  }

  @Test
  void stateChangeReason_unknownCode_keptRawAndEnumIsUnknown() {
    StateChangeReason reason = StateChangeReason.builder().codeAsString("QUOTA").build();

    assertThat(reason.codeAsString()).contains("QUOTA");
    assertThat(reason.code()).contains(StateChangeReasonCode.UNKNOWN);
  }

  @Test
  void nestedConveniences_unknown_throwIaeNamingParameter() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceError.builder().errorCode(FleetErrorCode.UNKNOWN))
        .withMessageStartingWith("errorCode ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AccessEndpoint.builder().endpointType(AccessEndpointType.UNKNOWN))
        .withMessageStartingWith("endpointType ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StateChangeReason.builder().code(StateChangeReasonCode.UNKNOWN))
        .withMessageStartingWith("code ");
  }

  @Test
  void nestedConveniences_known_setWireString() {
    assertThat(ResourceError.builder().errorCode(FleetErrorCode.IMAGE_NOT_FOUND).build().errorCodeAsString())
        .contains("IMAGE_NOT_FOUND");
    assertThat(AccessEndpoint.builder().endpointType(AccessEndpointType.STREAMING).build().endpointTypeAsString())
        .contains("STREAMING");
    assertThat(StateChangeReason.builder().code(StateChangeReasonCode.IMAGE_UNAVAILABLE).build().codeAsString())
        .contains("IMAGE_UNAVAILABLE");
  }

  @Test
  void emptyBuilders_buildValuesWithEverythingAbsent() {
    assertThat(VpcConfig.builder().build().subnetIds()).isEmpty();
    assertThat(VpcConfig.builder().build().securityGroupIds()).isEmpty();
    assertThat(DomainJoinInfo.builder().build().directoryName()).isEmpty();
    assertThat(NetworkAccessConfiguration.builder().build().eniIpv6Addresses()).isEmpty();
    assertThat(NetworkAccessConfiguration.builder().build().eniId()).isEmpty();
    assertThat(VolumeConfig.builder().build().volumeSizeInGb()).isEmpty();
    assertThat(ResourceError.builder().build().errorTimestamp()).isEmpty();
  }

  @Test
  void equals_nestedValuesWithSameMembers_equal() {
    VpcConfig a = VpcConfig.builder().addSubnetIds("s").addSecurityGroupIds("g").build();
    VpcConfig b = a.toBuilder().build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.toBuilder().addSecurityGroupIds("g2").build());
    assertThat(VolumeConfig.builder().volumeSizeInGb(200).build())
        .isNotEqualTo(VolumeConfig.builder().volumeSizeInGb(201).build());
    assertThat(a.toString()).contains("subnetIds=[s]");
  }
}
