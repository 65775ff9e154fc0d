package io.github.appstream4j.model;

import java.time.Instant;

/** Values with every member set, shared by the model tests. */
final class ModelFixtures {

  static final Instant CREATED = Instant.parse("2024-05-06T07:08:09.123Z");

  private ModelFixtures() {}

  static ImageBuilder fullyPopulated() {
    return ImageBuilder.builder()
        .name("builder-1")
        .arn("arn:aws:appstream:us-east-1:123456789012:image-builder/builder-1")
        .imageArn("arn:aws:appstream:us-east-1::image/AppStream-WinServer2022")
        .description("a description")
        .displayName("Builder One")
        .vpcConfig(VpcConfig.builder().addSubnetIds("subnet-1").addSecurityGroupIds("sg-1", "sg-2").build())
        .instanceType("stream.standard.medium")
        .platform(PlatformType.WINDOWS_SERVER_2022)
        .iamRoleArn("arn:aws:iam::123456789012:role/builder")
        .state(ImageBuilderState.RUNNING)
        .stateChangeReason(StateChangeReason.builder()
            .code(StateChangeReasonCode.INTERNAL_ERROR).message("reason").build())
        .createdTime(CREATED)
        .enableDefaultInternetAccess(true)
        .domainJoinInfo(DomainJoinInfo.builder()
            .directoryName("corp.example.com")
            .organizationalUnitDistinguishedName("OU=builders,DC=corp,DC=example,DC=com")
            .build())
        .networkAccessConfiguration(NetworkAccessConfiguration.builder()
            .eniPrivateIpAddress("10.0.0.5").addEniIpv6Addresses("2001:db8::5").eniId("eni-12345678").build())
        .addImageBuilderErrors(ResourceError.builder()
            .errorCode(FleetErrorCode.SUBNET_NOT_FOUND).errorMessage("no subnet").errorTimestamp(CREATED).build())
        .appstreamAgentVersion("1.1.1234")
        .addAccessEndpoints(AccessEndpoint.builder()
            .endpointType(AccessEndpointType.STREAMING).vpceId("vpce-1").build())
        .rootVolumeConfig(VolumeConfig.builder().volumeSizeInGb(300).build())
        .latestAppstreamAgentVersion(LatestAppstreamAgentVersion.TRUE)
        .disableIMDSV1(false)
        .build();
  }
}
