package io.github.appstream4j.testing.internal.fake;

import java.time.Instant;
import java.util.Locale;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.LatestAppstreamAgentVersion;

/** Builds image-builder values the way the service fills them in: ARNs, creation time, platform. */
final class Resources {

    static final String LATEST_AGENT = "[LATEST]";

    private final String region;
    private final String accountId;

    Resources(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    String arn(String name) {
        return "arn:aws:appstream:" + region + ":" + accountId + ":image-builder/" + name;
    }

    ImageBuilder created(CreateImageBuilderRequest r, Instant createdTime) {
        String imageArn = r.imageArn() != null ? r.imageArn()
                : r.imageName() != null ? "arn:aws:appstream:" + region + "::image/" + r.imageName() : null;
        ImageBuilder value = ImageBuilder.builder()
                .name(r.name())
                .arn(arn(r.name()))
                .imageArn(imageArn)
                .description(r.description())
                .displayName(r.displayName())
                .vpcConfig(r.vpcConfig())
                .instanceType(r.instanceType())
                .platform(platformOf(r.imageName() != null ? r.imageName() : imageArn))
                .iamRoleArn(r.iamRoleArn())
                .createdTime(createdTime)
                .enableDefaultInternetAccess(r.enableDefaultInternetAccess())
                .domainJoinInfo(r.domainJoinInfo())
                .accessEndpoints(r.hasAccessEndpoints() ? r.accessEndpoints() : null)
                .rootVolumeConfig(r.rootVolumeConfig())
                .build();
        return r.appstreamAgentVersion() == null ? value : withAgentVersion(value, r.appstreamAgentVersion());
    }

    ImageBuilder seeded(ImageBuilder value, Instant now) {
        ImageBuilder.Builder b = value.toBuilder();
        if (value.arn() == null) {
            b.arn(arn(value.name()));
        }
        if (value.createdTime() == null) {
            b.createdTime(now);
        }
        if (value.stateAsString() == null) {
            b.state(States.STOPPED);
        }
        return b.build();
    }

    static ImageBuilder withAgentVersion(ImageBuilder value, String agentVersion) {
        return value.toBuilder()
                .appstreamAgentVersion(agentVersion)
                .latestAppstreamAgentVersion(LATEST_AGENT.equals(agentVersion)
                        ? LatestAppstreamAgentVersion.TRUE : LatestAppstreamAgentVersion.FALSE)
                .build();
    }

    /** The platform of well-known image names; Windows Server 2022 when the name says nothing. */
    static String platformOf(String image) {
        String s = image == null ? "" : image.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (s.contains("amazonlinux2") || s.contains("al2")) {
            return "AMAZON_LINUX2";
        } else if (s.contains("rhel8")) {
            return "RHEL8";
        } else if (s.contains("rocky")) {
            return "ROCKY_LINUX8";
        } else if (s.contains("ubuntu")) {
            return "UBUNTU_PRO_2404";
        } else if (s.contains("2016")) {
            return "WINDOWS_SERVER_2016";
        } else if (s.contains("2019")) {
            return "WINDOWS_SERVER_2019";
        } else if (s.contains("2025")) {
            return "WINDOWS_SERVER_2025";
        }
        return "WINDOWS_SERVER_2022";
    }
}
