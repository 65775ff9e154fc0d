package io.github.appstream4j.testing.wire;

import static io.github.appstream4j.testing.wire.WireFixtures.fullCreateRequest;
import static io.github.appstream4j.testing.wire.WireFixtures.fullImageBuilder;
import static io.github.appstream4j.testing.wire.WireFixtures.serviceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.github.appstream4j.testing.LocalAppStreamServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.ConcurrentModificationException;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.DeleteImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.DeleteImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersRequest;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.PlatformType;
import software.amazon.awssdk.services.appstream.model.ResourceNotFoundException;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderResponse;

/** A real SDK client talking to the server, which serves a Mockito mock: what goes in comes out. */
class SdkClientOverWireTest {
    private final AppStreamClient served = mock(AppStreamClient.class);
    private LocalAppStreamServer server;
    private AppStreamClient sdk;

    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @BeforeEach
    void start() {
        server = LocalAppStreamServer.builder().client(served).build().start();
        sdk = server.client();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fixture_setsEverySdkMember() {
        ImageBuilder full = fullImageBuilder("b");
        for (SdkField<?> field : full.sdkFields()) {
            assertThat(field.getValueOrDefault(full)).as(field.memberName())
                    .isNotNull().isNotInstanceOf(SdkAutoConstructList.class);
        }
    }

    @Test
    void createImageBuilder_everyMember_reachesServedClientEqualAndAnswersEqual() {
        CreateImageBuilderRequest sent = fullCreateRequest("all-members");
        ImageBuilder answered = fullImageBuilder("all-members");
        when(served.createImageBuilder(any(CreateImageBuilderRequest.class)))
                .thenReturn(CreateImageBuilderResponse.builder().imageBuilder(answered).build());

        CreateImageBuilderResponse response = sdk.createImageBuilder(sent);

        ArgumentCaptor<CreateImageBuilderRequest> received = ArgumentCaptor.forClass(CreateImageBuilderRequest.class);
        verify(served).createImageBuilder(received.capture());
        assertThat(received.getValue()).isEqualTo(sent);
        assertThat(response.imageBuilder()).isEqualTo(answered);
        assertThat(response.imageBuilder().platform()).isEqualTo(PlatformType.UNKNOWN_TO_SDK_VERSION);
        assertThat(response.imageBuilder().platformAsString()).isEqualTo("WINDOWS_SERVER_2025");
        assertThat(response.responseMetadata().requestId()).isNotBlank().isNotEqualTo("UNKNOWN");
    }

    @Test
    void startImageBuilder_withAgentVersion_passesBothMembers() {
        when(served.startImageBuilder(any(StartImageBuilderRequest.class))).thenReturn(StartImageBuilderResponse.builder()
                .imageBuilder(ImageBuilder.builder().name("b").state(ImageBuilderState.PENDING).build()).build());

        StartImageBuilderResponse response = sdk.startImageBuilder(r -> r.name("b").appstreamAgentVersion("[LATEST]"));

        verify(served).startImageBuilder(StartImageBuilderRequest.builder().name("b").appstreamAgentVersion("[LATEST]").build());
        assertThat(response.imageBuilder().state()).isEqualTo(ImageBuilderState.PENDING);
    }

    @Test
    void stopImageBuilder_answersStoppingBuilder() {
        when(served.stopImageBuilder(any(StopImageBuilderRequest.class))).thenReturn(StopImageBuilderResponse.builder()
                .imageBuilder(ImageBuilder.builder().name("b").state(ImageBuilderState.STOPPING).build()).build());

        StopImageBuilderResponse response = sdk.stopImageBuilder(r -> r.name("b"));

        verify(served).stopImageBuilder(StopImageBuilderRequest.builder().name("b").build());
        assertThat(response.imageBuilder().state()).isEqualTo(ImageBuilderState.STOPPING);
    }

    @Test
    void deleteImageBuilder_answersDeletingBuilder() {
        when(served.deleteImageBuilder(any(DeleteImageBuilderRequest.class))).thenReturn(DeleteImageBuilderResponse.builder()
                .imageBuilder(ImageBuilder.builder().name("b").state(ImageBuilderState.DELETING).build()).build());

        DeleteImageBuilderResponse response = sdk.deleteImageBuilder(r -> r.name("b"));

        verify(served).deleteImageBuilder(DeleteImageBuilderRequest.builder().name("b").build());
        assertThat(response.imageBuilder().state()).isEqualTo(ImageBuilderState.DELETING);
    }

    @Test
    void describeImageBuilders_namesMaxResultsNextToken_passThroughBothWays() {
        DescribeImageBuildersRequest sent = DescribeImageBuildersRequest.builder()
                .names("a", "b").maxResults(7).nextToken("page-2").build();
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class))).thenReturn(
                DescribeImageBuildersResponse.builder()
                        .imageBuilders(fullImageBuilder("a"), ImageBuilder.builder().name("b").build())
                        .nextToken("page-3").build());

        DescribeImageBuildersResponse response = sdk.describeImageBuilders(sent);

        verify(served).describeImageBuilders(sent);
        assertThat(response.imageBuilders()).containsExactly(fullImageBuilder("a"), ImageBuilder.builder().name("b").build());
        assertThat(response.nextToken()).isEqualTo("page-3");
    }

    @Test
    void describeImageBuilders_emptyAnswer_hasNoNextToken() {
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class)))
                .thenReturn(DescribeImageBuildersResponse.builder().build());

        DescribeImageBuildersResponse response = sdk.describeImageBuilders(DescribeImageBuildersRequest.builder().build());

        verify(served).describeImageBuilders(DescribeImageBuildersRequest.builder().build());
        assertThat(response.hasImageBuilders()).isFalse();
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void timestamps_subMillisecond_arriveTruncatedToTheMillisecond() {
        Instant precise = Instant.parse("2024-01-02T03:04:05.123456789Z");
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class))).thenReturn(
                DescribeImageBuildersResponse.builder()
                        .imageBuilders(ImageBuilder.builder().name("b").createdTime(precise).build()).build());

        Instant received = sdk.describeImageBuilders(r -> r.names("b")).imageBuilders().get(0).createdTime();

        assertThat(received).isEqualTo(Instant.parse("2024-01-02T03:04:05.123Z"));
    }

    @Test
    void modeledError_parsedIntoItsSdkClassWithCodeStatusMessageAndRequestId() {
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class)))
                .thenThrow(ResourceNotFoundException.builder().message("Image builder nope not found").statusCode(404)
                        .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                                .errorCode("ResourceNotFoundException").errorMessage("Image builder nope not found")
                                .build())
                        .build());

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> sdk.describeImageBuilders(r -> r.names("nope")));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Image builder nope not found");
        assertThat(e.requestId()).isNotBlank();
    }

    @Test
    void concurrentModification_parsedAs400ConcurrentModificationException() {
        when(served.startImageBuilder(any(StartImageBuilderRequest.class)))
                .thenThrow(serviceError("ConcurrentModificationException", 400, "busy"));

        ConcurrentModificationException e = catchThrowableOfType(ConcurrentModificationException.class,
                () -> sdk.startImageBuilder(r -> r.name("b")));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("busy");
    }

    @Test
    void throttling_parsedAsThrottlingAppStreamException() {
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class)))
                .thenThrow(serviceError("ThrottlingException", 400, "Rate exceeded"));

        AppStreamException e = catchThrowableOfType(AppStreamException.class,
                () -> sdk.describeImageBuilders(DescribeImageBuildersRequest.builder().build()));

        assertThat(e.isThrottlingException()).isTrue();
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        assertThat(e.statusCode()).isEqualTo(400);
    }

    @Test
    void serverError_keepsItsStatus() {
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class)))
                .thenThrow(serviceError("InternalServiceError", 503, "try later"));

        AppStreamException e = catchThrowableOfType(AppStreamException.class,
                () -> sdk.describeImageBuilders(DescribeImageBuildersRequest.builder().build()));

        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalServiceError");
    }

    @Test
    void servedClientBug_answers500InternalFailure() {
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class)))
                .thenThrow(new IllegalStateException("bug"));

        AppStreamException e = catchThrowableOfType(AppStreamException.class,
                () -> sdk.describeImageBuilders(DescribeImageBuildersRequest.builder().build()));

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
        assertThat(e.getMessage()).doesNotContain("bug");
    }

    @Test
    void servedClientIoFailure_dropsConnectionSoTheSdkSeesAClientException() {
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class)))
                .thenThrow(SdkClientException.create("connection reset"));

        SdkClientException e = catchThrowableOfType(SdkClientException.class,
                () -> sdk.describeImageBuilders(DescribeImageBuildersRequest.builder().build()));

        assertThat(e).isNotInstanceOf(AppStreamException.class);
    }

    @Test
    void unimplementedOperationOfServedClient_answersUnknownOperation() {
        when(served.stopImageBuilder(any(StopImageBuilderRequest.class))).thenThrow(new UnsupportedOperationException());

        AppStreamException e = catchThrowableOfType(AppStreamException.class, () -> sdk.stopImageBuilder(r -> r.name("b")));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
    }

    @Test
    void client_isSharedAndClosedWithServer_newClientIsFresh() {
        AppStreamClient other = server.newClient();
        try {
            assertThat(server.client()).isSameAs(sdk).isNotSameAs(other);
            when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class)))
                    .thenReturn(DescribeImageBuildersResponse.builder().imageBuilders(List.of()).build());
            assertThat(other.describeImageBuilders(DescribeImageBuildersRequest.builder().build()).imageBuilders()).isEmpty();
        } finally {
            other.close();
        }
    }
}
