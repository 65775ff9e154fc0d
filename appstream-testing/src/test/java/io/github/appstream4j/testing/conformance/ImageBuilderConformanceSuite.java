package io.github.appstream4j.testing.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.JournalEntry;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.appstream.model.OperationNotPermittedException;
import software.amazon.awssdk.services.appstream.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.appstream.model.ResourceError;
import software.amazon.awssdk.services.appstream.model.ResourceNotFoundException;

/**
 * One set of scenarios, run against the in-memory client and against a real SDK client talking to the wire
 * emulator that serves the same kind of fake, both directly and through an {@link ImageBuilders} facade built
 * on that client and the fake's virtual time. Any difference between the two runs is a bug.
 */
abstract class ImageBuilderConformanceSuite {
    private static final long SEED = 42;

    protected VirtualTime time;
    protected FakeAppStream fake;
    protected AppStreamClient client;
    protected ImageBuilders builders;

    /** The client under test, for {@code fake}. */
    protected abstract AppStreamClient connect(FakeAppStream fake);

    /** Releases what {@link #connect} made. */
    protected abstract void disconnect();

    @BeforeEach
    void setUpFake() {
        time = VirtualTime.create();
        fake = FakeAppStream.builder().virtualTime(time).seed(SEED).build();
        client = connect(fake);
        builders = ImageBuilders.builder().client(client).clock(time.clock()).scheduler(time.scheduler())
                .random(new Random(SEED)).build();
    }

    @AfterEach
    void tearDownFake() {
        builders.close();
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
    void create_everyMember_reachesTheServiceAndReadsBackEqual() {
        CreateImageBuilderRequest request = ConformanceValues.everyMember("every-member");

        ImageBuilder created = client.createImageBuilder(request).imageBuilder();
        ImageBuilder read = client.describeImageBuilders(r -> r.names("every-member")).imageBuilders().get(0);

        assertThat(fake.journal(FakeOperation.CREATE_IMAGE_BUILDER)).singleElement()
                .satisfies(e -> assertThat(e.request()).isEqualTo(request));
        assertThat(read).isEqualTo(created);
        ConformanceValues.assertEveryMemberShown(request, created);
        assertThat(created.state()).isEqualTo(ImageBuilderState.PENDING);
        assertThat(created.arn()).isEqualTo("arn:aws:appstream:us-east-1:123456789012:image-builder/every-member");
        assertThat(created.createdTime()).isEqualTo(time.now());
    }

    @Test
    void create_byImageName_showsTheImageArn() {
        ImageBuilder created = client.createImageBuilder(r -> r.name("by-name").instanceType("stream.standard.small")
                .imageName("AppStream-WinServer2019-06-12-2023")).imageBuilder();

        assertThat(created.imageArn()).isEqualTo("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-12-2023");
        assertThat(client.describeImageBuilders(r -> r.names("by-name")).imageBuilders()).containsExactly(created);
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
        time.advance(Duration.ofMinutes(10));
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
        time.advance(Duration.ofMinutes(10));
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

    @Test
    void start_stopped_throughTheFacade_isRunningAfterTheStartDuration() {
        fake.givenImageBuilder("sleeper", ImageBuilderState.STOPPED);

        io.github.appstream4j.model.ImageBuilder running = builders.start("sleeper").awaitRunning();

        assertThat(running.stateAsString()).hasValue("RUNNING");
        assertThat(Duration.between(VirtualTime.DEFAULT_START, time.now()))
                .isBetween(Duration.ofMinutes(20), Duration.ofMinutes(25));
        assertThat(fake.callCount(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(1);
        assertThat(fake.journal()).allMatch(JournalEntry::succeeded);
        assertThat(client.describeImageBuilders(r -> r.names("sleeper")).imageBuilders().get(0).state())
                .isEqualTo(ImageBuilderState.RUNNING);
    }

    @Test
    void start_whenAlreadyRunning_makesNoStartCall() {
        fake.givenImageBuilder("awake", ImageBuilderState.RUNNING);

        assertThat(builders.start("awake").awaitRunning().stateAsString()).hasValue("RUNNING");

        assertThat(fake.callCount(FakeOperation.START_IMAGE_BUILDER)).isZero();
        assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isPositive();
    }

    @Test
    void start_endingFailed_throughTheFacade_carriesTheReasonAndErrorsTheServiceShows() {
        fake.givenImageBuilder("doomed", ImageBuilderState.STOPPED).script("doomed", s -> s
                .failStart("IMAGE_UNAVAILABLE", "The image is not available.")
                .imageBuilderError("IMAGE_NOT_FOUND", "Image AppStream-WinServer2022 was not found.")
                .imageBuilderError("INTERNAL_SERVICE_ERROR", "Try again later."));

        ImageBuilderFailedException e = catchThrowableOfType(ImageBuilderFailedException.class,
                () -> builders.start("doomed").awaitRunning());

        assertThat(e.name()).isEqualTo("doomed");
        io.github.appstream4j.model.ImageBuilder seen = e.lastSeen().orElseThrow();
        assertThat(seen.stateAsString()).hasValue("FAILED");
        ImageBuilder read = client.describeImageBuilders(r -> r.names("doomed")).imageBuilders().get(0);
        assertThat(read.stateChangeReason().codeAsString()).isEqualTo("IMAGE_UNAVAILABLE");
        assertThat(read.stateChangeReason().message()).isEqualTo("The image is not available.");
        assertThat(seen.stateChangeReason()).hasValueSatisfying(reason -> {
            assertThat(reason.codeAsString()).hasValue(read.stateChangeReason().codeAsString());
            assertThat(reason.message()).hasValue(read.stateChangeReason().message());
        });
        assertThat(read.imageBuilderErrors()).extracting(ResourceError::errorCodeAsString)
                .containsExactly("IMAGE_NOT_FOUND", "INTERNAL_SERVICE_ERROR");
        assertThat(seen.imageBuilderErrors()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            ResourceError expected = read.imageBuilderErrors().get(i);
            io.github.appstream4j.model.ResourceError actual = seen.imageBuilderErrors().get(i);
            assertThat(actual.errorCodeAsString()).hasValue(expected.errorCodeAsString());
            assertThat(actual.errorMessage()).hasValue(expected.errorMessage());
            assertThat(actual.errorTimestamp()).hasValue(expected.errorTimestamp());
        }
    }

    @Test
    void injectedThrottling_isRetriedByTheFacade_journalShowsEveryAttempt() {
        fake.givenImageBuilder("busy", ImageBuilderState.STOPPED)
                .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.throttling())
                .injectNext(FakeOperation.START_IMAGE_BUILDER, 2, Fault.throttling());

        assertThat(builders.start("busy").awaitRunning().stateAsString()).hasValue("RUNNING");

        assertThat(fake.callCount(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(3);
        assertThat(fake.journal(FakeOperation.START_IMAGE_BUILDER)).extracting(JournalEntry::outcome)
                .containsExactly("ThrottlingException", "ThrottlingException", "ok");
        List<JournalEntry> describes = fake.journal(FakeOperation.DESCRIBE_IMAGE_BUILDERS);
        assertThat(describes).extracting(JournalEntry::outcome).startsWith("ThrottlingException", "ok")
                .filteredOn(o -> !o.equals("ok")).hasSize(1);
        assertThat(fake.journal().get(2).operation()).isEqualTo(FakeOperation.START_IMAGE_BUILDER);
    }
}
