package io.github.appstream4j.testing.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.appstream.model.AccessEndpoint;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.DomainJoinInfo;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.VolumeConfig;
import software.amazon.awssdk.services.appstream.model.VpcConfig;

/** Requests and member-by-member checks shared by the conformance scenarios and the wire tests. */
public final class ConformanceValues {
    /**
     * The CreateImageBuilder members the ImageBuilder has no member for: the image by name (shown as its ARN),
     * tags (a separate API) and the software lists (applied while building the image).
     */
    static final Set<String> NOT_SHOWN = Set.of("ImageName", "Tags", "SoftwaresToInstall", "SoftwaresToUninstall");

    private ConformanceValues() {
    }

    /** A request with every member SDK 2.40.2 knows, except ImageName: only one of it and ImageArn may be given. */
    public static CreateImageBuilderRequest everyMember(String name) {
        return CreateImageBuilderRequest.builder()
                .name(name)
                .imageArn("arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-01-01-2025")
                .instanceType("stream.standard.large")
                .description("all members ✓")
                .displayName("All members")
                .vpcConfig(VpcConfig.builder().subnetIds("subnet-1").securityGroupIds("sg-1", "sg-2").build())
                .iamRoleArn("arn:aws:iam::123456789012:role/builder")
                .enableDefaultInternetAccess(true)
                .domainJoinInfo(DomainJoinInfo.builder().directoryName("corp.example.com")
                        .organizationalUnitDistinguishedName("OU=b,DC=corp").build())
                .appstreamAgentVersion("[LATEST]")
                .tags(Map.of("team", "apps"))
                .accessEndpoints(AccessEndpoint.builder().endpointType("STREAMING").vpceId("vpce-1").build())
                .rootVolumeConfig(VolumeConfig.builder().volumeSizeInGb(250).build())
                .softwaresToInstall("notepad++", "7zip")
                .softwaresToUninstall("paint")
                .build();
    }

    /**
     * Every member of the request is set, and shown unchanged by the ImageBuilder member of the same name, or
     * is one of {@link #NOT_SHOWN}; a member a newer SDK adds fails here until it is looked at.
     */
    static void assertEveryMemberShown(CreateImageBuilderRequest request, ImageBuilder shown) {
        Set<String> unmatched = new HashSet<>();
        for (SdkField<?> field : request.sdkFields()) {
            if (!"ImageName".equals(field.memberName())) {
                assertThat(field.getValueOrDefault(request)).as(field.memberName()).isNotNull();
            }
            SdkField<?> counterpart = shown.sdkFields().stream()
                    .filter(f -> f.memberName().equals(field.memberName())).findFirst().orElse(null);
            if (counterpart == null) {
                unmatched.add(field.memberName());
            } else {
                assertThat(counterpart.getValueOrDefault(shown)).as(field.memberName())
                        .isEqualTo(field.getValueOrDefault(request));
            }
        }
        assertThat(unmatched).isEqualTo(NOT_SHOWN);
    }
}
