package io.github.appstream4j.testing.wire;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.conformance.ConformanceValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.model.AccessEndpoint;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.DomainJoinInfo;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderStateChangeReason;
import software.amazon.awssdk.services.appstream.model.NetworkAccessConfiguration;
import software.amazon.awssdk.services.appstream.model.ResourceError;
import software.amazon.awssdk.services.appstream.model.VolumeConfig;
import software.amazon.awssdk.services.appstream.model.VpcConfig;

/** Values and raw-HTTP helpers shared by the wire tests. */
final class WireFixtures {
    static final String JSON_11 = "application/x-amz-json-1.1";
    static final String PREFIX = "PhotonAdminProxyService.";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private WireFixtures() {
    }

    /** An image builder with every member the SDK knows set, timestamps at millisecond precision. */
    static ImageBuilder fullImageBuilder(String name) {
        return ImageBuilder.builder()
                .name(name)
                .arn("arn:aws:appstream:us-east-1:123456789012:image-builder/" + name)
                .imageArn("arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-01-01-2025")
                .description("Builder for the ünïcödé apps ✓")
                .displayName("Display " + name)
                .vpcConfig(VpcConfig.builder().subnetIds("subnet-0a1b2c").securityGroupIds("sg-1", "sg-2").build())
                .instanceType("stream.standard.medium")
                .platform("WINDOWS_SERVER_2025")
                .iamRoleArn("arn:aws:iam::123456789012:role/builder")
                .state("PENDING_IMAGE_IMPORT")
                .stateChangeReason(ImageBuilderStateChangeReason.builder().code("INTERNAL_ERROR").message("why").build())
                .createdTime(Instant.parse("2024-05-06T07:08:09.123Z"))
                .enableDefaultInternetAccess(true)
                .domainJoinInfo(DomainJoinInfo.builder().directoryName("corp.example.com")
                        .organizationalUnitDistinguishedName("OU=Builders,DC=corp,DC=example,DC=com").build())
                .networkAccessConfiguration(NetworkAccessConfiguration.builder().eniPrivateIpAddress("10.0.0.5")
                        .eniIpv6Addresses("2001:db8::5").eniId("eni-0123").build())
                .imageBuilderErrors(ResourceError.builder().errorCode("IMAGE_NOT_FOUND").errorMessage("gone")
                        .errorTimestamp(Instant.parse("2024-05-06T07:09:10.456Z")).build())
                .appstreamAgentVersion("1.1.1234")
                .accessEndpoints(AccessEndpoint.builder().endpointType("STREAMING").vpceId("vpce-0abc").build())
                .rootVolumeConfig(VolumeConfig.builder().volumeSizeInGb(300).build())
                .latestAppstreamAgentVersion("TRUE")
                .build();
    }

    /** The access key the strict-mode tests configure (AWS's own documentation example). */
    static final String STRICT_KEY_ID = "AKIDEXAMPLE";
    /** Its secret. */
    static final String STRICT_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    /** A started strict-mode server for {@code fake} that knows only {@link #STRICT_KEY_ID}. */
    static LocalAppStreamServer startStrict(FakeAppStream fake, Region region) {
        return LocalAppStreamServer.builder().fake(fake).strictSignatures(true)
                .credentials(STRICT_KEY_ID, STRICT_SECRET).region(region).build().start();
    }

    /** A CreateImageBuilder request with every member the SDK knows set, ImageName included. */
    static CreateImageBuilderRequest fullCreateRequest(String name) {
        return ConformanceValues.everyMember(name).toBuilder().imageName("AppStream-WinServer2022-01-01-2025")
                .build();
    }

    /** A service exception built the way a served client must build it. */
    static AwsServiceException serviceError(String code, int status, String message) {
        return AppStreamException.builder()
                .message(message)
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build()).build())
                .build();
    }

    static HttpResponse<String> post(URI endpoint, String target, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpClient http() {
        return HTTP;
    }

    /** Keeps per-request DEBUG lines of the SDK, its HTTP client and the server out of test output. */
    static void quietLogs() {
        for (String name : new String[] {"software.amazon.awssdk", "org.apache.http",
                "io.github.appstream4j.testing.internal.wire"}) {
            org.slf4j.Logger logger = LoggerFactory.getLogger(name);
            if (logger instanceof ch.qos.logback.classic.Logger) {
                ((ch.qos.logback.classic.Logger) logger).setLevel(ch.qos.logback.classic.Level.INFO);
            }
        }
    }
}
