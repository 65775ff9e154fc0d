package io.github.appstream4j.testing.internal.fake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    /** Well-known fragments of image names, first match wins; Windows Server 2022 when none matches. */
    private static final Map<String, String> PLATFORMS = platforms();

    private static Map<String, String> platforms() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("amazonlinux2", "AMAZON_LINUX2");
        m.put("al2", "AMAZON_LINUX2");
        m.put("rhel8", "RHEL8");
        m.put("rocky", "ROCKY_LINUX8");
        m.put("ubuntu", "UBUNTU_PRO_2404");
        m.put("2016", "WINDOWS_SERVER_2016");
        m.put("2019", "WINDOWS_SERVER_2019");
        m.put("2025", "WINDOWS_SERVER_2025");
        return m;
    }

    static String platformOf(String image) {
        String s = image == null ? "" : image.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return PLATFORMS.entrySet().stream().filter(e -> s.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("WINDOWS_SERVER_2022");
    }
}
