package io.github.appstream4j.testing.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.AccessEndpoint;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.DomainJoinInfo;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.appstream.model.OperationNotPermittedException;
import software.amazon.awssdk.services.appstream.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.appstream.model.ResourceNotFoundException;
import software.amazon.awssdk.services.appstream.model.VolumeConfig;
import software.amazon.awssdk.services.appstream.model.VpcConfig;

/**
 * One set of scenarios, run against the in-memory client and against a real SDK client talking to the wire
 * emulator that serves the same kind of fake. Any difference between the two runs is a bug.
 */
abstract class ImageBuilderConformanceSuite {
    protected VirtualTime time;
    protected FakeAppStream fake;
    protected AppStreamClient client;

    /** The client under test, for {@code fake}. */
    protected abstract AppStreamClient connect(FakeAppStream fake);

    /** Releases what {@link #connect} made. */
    protected abstract void disconnect();

    @BeforeEach
    void setUpFake() {
        time = VirtualTime.create();
        fake = FakeAppStream.builder().virtualTime(time).seed(42).build();
        client = connect(fake);
    }

    @AfterEach
    void tearDownFake() {
        disconnect();
        fake.close();
        time.close();
    }

    @Test
    void describe_unknownName_isResourceNotFound404() {
        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> client.describeImageBuilders(r -> r.names("nobody")));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(e.awsErrorDetails().errorMessage()).contains("nobody");
        assertThat(e.requestId()).isNotBlank();
    }

    @Test
    void create_everyMember_readBackEqual() {
        CreateImageBuilderRequest request = CreateImageBuilderRequest.builder()
                .name("every-member")
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
                .softwaresToInstall("notepad++")
                .build();

        ImageBuilder created = client.createImageBuilder(request).imageBuilder();
        ImageBuilder read = client.describeImageBuilders(r -> r.names("every-member")).imageBuilders().get(0);

        assertThat(read).isEqualTo(created);
        assertThat(created.state()).isEqualTo(ImageBuilderState.PENDING);
        assertThat(created.arn()).isEqualTo("arn:aws:appstream:us-east-1:123456789012:image-builder/every-member");
        assertThat(created.imageArn()).isEqualTo(request.imageArn());
        assertThat(created.instanceType()).isEqualTo(request.instanceType());
        assertThat(created.description()).isEqualTo(request.description());
        assertThat(created.displayName()).isEqualTo(request.displayName());
        assertThat(created.vpcConfig()).isEqualTo(request.vpcConfig());
        assertThat(created.iamRoleArn()).isEqualTo(request.iamRoleArn());
        assertThat(created.enableDefaultInternetAccess()).isTrue();
        assertThat(created.domainJoinInfo()).isEqualTo(request.domainJoinInfo());
        assertThat(created.accessEndpoints()).isEqualTo(request.accessEndpoints());
        assertThat(created.rootVolumeConfig()).isEqualTo(request.rootVolumeConfig());
        assertThat(created.createdTime()).isEqualTo(time.now());
    }

    @Test
    void create_withoutImage_isInvalidParameterCombination() {
        InvalidParameterCombinationException e = catchThrowableOfType(InvalidParameterCombinationException.class,
                () -> client.createImageBuilder(r -> r.name("no-image").instanceType("stream.standard.small")));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).contains("ImageName", "ImageArn");
        assertThat(fake.sdkImageBuilder("no-image")).isEmpty();
    }

    @Test
    void create_unknownEndpointType_isValidationExceptionNamingTheMember() {
        AppStreamException e = catchThrowableOfType(AppStreamException.class, () -> client.createImageBuilder(r -> r
                .name("bogus-endpoint").instanceType("stream.standard.small").imageName("img")
                .accessEndpoints(AccessEndpoint.builder().endpointType("STREAMING").build(),
                        AccessEndpoint.builder().endpointType("BOGUS").build())));

        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value 'BOGUS' at "
                + "'accessEndpoints.2.member.endpointType' failed to satisfy constraint: Member must satisfy enum value "
                + "set: [STREAMING]");
    }

    @Test
    void create_takenName_isResourceAlreadyExists() {
        fake.givenImageBuilder("taken", ImageBuilderState.STOPPED);

        ResourceAlreadyExistsException e = catchThrowableOfType(ResourceAlreadyExistsException.class,
                () -> client.createImageBuilder(r -> r.name("taken").instanceType("stream.standard.small")
                        .imageName("img")));

        assertThat(e.statusCode()).isEqualTo(400);
    }

    @Test
    void describe_250Builders_pagedBySeven_allInOrderOnce() {
        List<String> names = IntStream.range(0, 250).mapToObj(i -> String.format("page-%03d", i)).collect(Collectors.toList());
        names.forEach(n -> fake.givenImageBuilder(n, ImageBuilderState.STOPPED));

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            DescribeImageBuildersResponse page = client.describeImageBuilders(r -> r.maxResults(7).nextToken(next));
            assertThat(page.imageBuilders()).hasSizeLessThanOrEqualTo(7);
            page.imageBuilders().forEach(b -> seen.add(b.name()));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(seen).isEqualTo(names);
        assertThat(pages).isEqualTo(36);
    }

    @Test
    void describe_foreignNextToken_isValidationException() {
        AppStreamException e = catchThrowableOfType(AppStreamException.class,
                () -> client.describeImageBuilders(r -> r.nextToken("not-a-token")));

        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(e.statusCode()).isEqualTo(400);
    }

    @Test
    void create_invalidMembers_isOneValidationExceptionNamingThem() {
        AppStreamException e = catchThrowableOfType(AppStreamException.class,
                () -> client.createImageBuilder(r -> r.name("a b").instanceType("stream.standard.small")
                        .description("d".repeat(257))));

        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).startsWith("2 validation errors detected:")
                .contains("'name'", "'description'");
    }

    @Test
    void stop_running_isStoppingThenStopped_stopAgain_isNotPermitted() {
        fake.givenImageBuilder("runner", ImageBuilderState.RUNNING);

        assertThat(client.stopImageBuilder(r -> r.name("runner")).imageBuilder().state()).isEqualTo(ImageBuilderState.STOPPING);
        time.advance(java.time.Duration.ofMinutes(10));
        assertThat(client.describeImageBuilders(r -> r.names("runner")).imageBuilders().get(0).state())
                .isEqualTo(ImageBuilderState.STOPPED);
        OperationNotPermittedException e = catchThrowableOfType(OperationNotPermittedException.class,
                () -> client.stopImageBuilder(r -> r.name("runner")));
        assertThat(e.statusCode()).isEqualTo(400);
    }

    @Test
    void delete_stopped_isDeletingThenGone() {
        fake.givenImageBuilder("doomed", ImageBuilderState.STOPPED);

        assertThat(client.deleteImageBuilder(r -> r.name("doomed")).imageBuilder().state()).isEqualTo(ImageBuilderState.DELETING);
        time.advance(java.time.Duration.ofMinutes(10));
        assertThat(catchThrowableOfType(ResourceNotFoundException.class,
                () -> client.describeImageBuilders(r -> r.names("doomed"))).statusCode()).isEqualTo(404);
    }

    @Test
    void injectedThrottling_reachesTheClientAsThrottling_thenPasses() {
        fake.givenImageBuilder("busy", ImageBuilderState.RUNNING).injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1,
                Fault.throttling());

        AppStreamException e = catchThrowableOfType(AppStreamException.class,
                () -> client.describeImageBuilders(r -> r.names("busy")));

        assertThat(e.isThrottlingException()).isTrue();
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        assertThat(client.describeImageBuilders(r -> r.names("busy")).imageBuilders()).hasSize(1);
        assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(2);
    }
}
