package io.github.appstream4j.testing.fake;

import static io.github.appstream4j.testing.fake.ServiceErrorAssert.serviceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.appstream.model.AccessEndpoint;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.ConcurrentModificationException;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.appstream.model.OperationNotPermittedException;
import software.amazon.awssdk.services.appstream.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.appstream.model.ResourceNotAvailableException;
import software.amazon.awssdk.services.appstream.model.ResourceNotFoundException;

class FakeAppStreamErrorsTest extends ManualFakeTest {

    @Test
    void create_existingName_throwsResourceAlreadyExists() {
        fake.givenImageBuilder("b1", ImageBuilderState.DELETING);

        serviceError(() -> client.createImageBuilder(r -> r.name("b1").instanceType("stream.standard.small")
                        .imageName("img")),
                ResourceAlreadyExistsException.class, "ResourceAlreadyExistsException", 400);
    }

    @Test
    void create_imageNameAndImageArn_throwsInvalidParameterCombination() {
        serviceError(() -> client.createImageBuilder(r -> r.name("b1").instanceType("stream.standard.small")
                        .imageName("img").imageArn("arn:aws:appstream:us-east-1::image/img")),
                InvalidParameterCombinationException.class, "InvalidParameterCombinationException", 400);
    }

    @Test
    void create_missingRequiredMembers_throwsValidationNamingThem() {
        AppStreamException e = (AppStreamException) serviceError(() -> client.createImageBuilder(r -> { }),
                AppStreamException.class, "ValidationException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).startsWith("2 validation errors detected: ")
                .contains("at 'name' failed to satisfy constraint: Member must not be null")
                .contains("at 'instanceType'");
    }

    @Test
    void create_badName_throwsValidationWithPattern() {
        AppStreamException e = (AppStreamException) serviceError(
                () -> client.createImageBuilder(r -> r.name("a b").instanceType("stream.standard.small")),
                AppStreamException.class, "ValidationException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value 'a b' at 'name' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$");
    }

    @Test
    void create_memberLengthsAndCounts_throwValidationNamingEachMember() {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("k" + i, "v");
        }
        AccessEndpoint endpoint = AccessEndpoint.builder().endpointType("STREAMING").build();
        AppStreamException e = (AppStreamException) serviceError(() -> client.createImageBuilder(r -> r.name("b1")
                        .instanceType("stream.standard.small")
                        .description("d".repeat(257))
                        .displayName("n".repeat(101))
                        .appstreamAgentVersion("v".repeat(101))
                        .imageArn("not-an-arn")
                        .iamRoleArn("arn:nope")
                        .tags(tags)
                        .accessEndpoints(endpoint, endpoint, endpoint, endpoint, endpoint)),
                AppStreamException.class, "ValidationException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).startsWith("7 validation errors detected: ")
                .contains("'description'", "'displayName'", "'appstreamAgentVersion'", "'imageArn'", "'iamRoleArn'",
                        "'tags'", "'accessEndpoints'");
    }

    @Test
    void create_emptyTags_throwsValidation() {
        serviceError(() -> client.createImageBuilder(r -> r.name("b1").instanceType("t").tags(Map.of())),
                AppStreamException.class, "ValidationException", 400);
    }

    @Test
    void create_validMaximumSizes_succeeds() {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            tags.put("k" + i, "v");
        }
        AccessEndpoint endpoint = AccessEndpoint.builder().endpointType("STREAMING").build();

        assertThat(client.createImageBuilder(r -> r.name("b".repeat(101)).instanceType("t").imageName("img")
                .description("d".repeat(256)).displayName("n".repeat(100)).appstreamAgentVersion("v".repeat(100))
                .iamRoleArn("arn:aws:iam::123456789012:role/r").tags(tags)
                .accessEndpoints(endpoint, endpoint, endpoint, endpoint)).imageBuilder().state())
                .isEqualTo(ImageBuilderState.PENDING);
    }

    @Test
    void unknownName_everyOperation_throwsResourceNotFound404() {
        serviceError(() -> client.startImageBuilder(r -> r.name("nope")),
                ResourceNotFoundException.class, "ResourceNotFoundException", 404);
        serviceError(() -> client.stopImageBuilder(r -> r.name("nope")),
                ResourceNotFoundException.class, "ResourceNotFoundException", 404);
        serviceError(() -> client.deleteImageBuilder(r -> r.name("nope")),
                ResourceNotFoundException.class, "ResourceNotFoundException", 404);
        serviceError(() -> client.describeImageBuilders(r -> r.names("nope")),
                ResourceNotFoundException.class, "ResourceNotFoundException", 404);
    }

    @ParameterizedTest
    @EnumSource(names = {"PENDING", "UPDATING_AGENT", "REBOOTING", "UPDATING", "PENDING_QUALIFICATION",
        "PENDING_SYNCING_APPS", "SYNCING_APPS", "PENDING_IMAGE_IMPORT", "STOPPING", "SNAPSHOTTING"})
    void anyMutation_transitionalState_throwsConcurrentModification(ImageBuilderState state) {
        fake.givenImageBuilder("b1", state);

        serviceError(() -> client.startImageBuilder(r -> r.name("b1")),
                ConcurrentModificationException.class, "ConcurrentModificationException", 400);
        serviceError(() -> client.stopImageBuilder(r -> r.name("b1")),
                ConcurrentModificationException.class, "ConcurrentModificationException", 400);
        serviceError(() -> client.deleteImageBuilder(r -> r.name("b1")),
                ConcurrentModificationException.class, "ConcurrentModificationException", 400);
    }

    @ParameterizedTest
    @EnumSource(names = {"RUNNING", "FAILED", "DELETING"})
    void start_settledNonStoppedState_throwsResourceNotAvailable(ImageBuilderState state) {
        fake.givenImageBuilder("b1", state);

        AppStreamException e = (AppStreamException) serviceError(() -> client.startImageBuilder(r -> r.name("b1")),
                ResourceNotAvailableException.class, "ResourceNotAvailableException", 400);
        assertThat(e.getMessage()).contains("b1").contains(state.toString());
    }

    @ParameterizedTest
    @EnumSource(names = {"STOPPED", "FAILED", "DELETING"})
    void stop_settledNonRunningState_throwsOperationNotPermitted(ImageBuilderState state) {
        fake.givenImageBuilder("b1", state);

        serviceError(() -> client.stopImageBuilder(r -> r.name("b1")),
                OperationNotPermittedException.class, "OperationNotPermittedException", 400);
    }

    @ParameterizedTest
    @EnumSource(names = {"RUNNING", "DELETING"})
    void delete_runningOrDeleting_throwsOperationNotPermitted(ImageBuilderState state) {
        fake.givenImageBuilder("b1", state);

        serviceError(() -> client.deleteImageBuilder(r -> r.name("b1")),
                OperationNotPermittedException.class, "OperationNotPermittedException", 400);
    }

    @Test
    void requests_missingOrBadMembers_throwValidation() {
        serviceError(() -> client.startImageBuilder(r -> { }), AppStreamException.class, "ValidationException", 400);
        serviceError(() -> client.startImageBuilder(r -> r.name("b1").appstreamAgentVersion("")),
                AppStreamException.class, "ValidationException", 400);
        serviceError(() -> client.stopImageBuilder(r -> r.name("")), AppStreamException.class, "ValidationException", 400);
        serviceError(() -> client.deleteImageBuilder(r -> r.name("-x")),
                AppStreamException.class, "ValidationException", 400);
        serviceError(() -> client.describeImageBuilders(r -> r.maxResults(0)),
                AppStreamException.class, "ValidationException", 400);
        serviceError(() -> client.describeImageBuilders(r -> r.nextToken("")),
                AppStreamException.class, "ValidationException", 400);
    }

    @Test
    void failedCalls_areJournaledWithTheirErrorCode() {
        serviceError(() -> client.startImageBuilder(r -> r.name("nope")),
                ResourceNotFoundException.class, "ResourceNotFoundException", 404);

        assertThat(fake.journal()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("ResourceNotFoundException");
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.succeeded()).isFalse();
            assertThat(e.names()).containsExactly("nope");
        });
    }

    @Test
    void closedFake_clientThrowsIllegalState() {
        fake.close();

        assertThatThrownBy(() -> client.describeImageBuilders()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void unimplementedOperation_throwsUnsupportedOperation() {
        assertThatThrownBy(() -> client.describeFleets(r -> { })).isInstanceOf(UnsupportedOperationException.class);
    }
}
