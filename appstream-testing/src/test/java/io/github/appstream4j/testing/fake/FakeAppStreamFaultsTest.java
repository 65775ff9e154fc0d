package io.github.appstream4j.testing.fake;

import static io.github.appstream4j.testing.fake.ServiceErrorAssert.serviceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.JournalEntry;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.ConcurrentModificationException;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.InvalidAccountStatusException;
import software.amazon.awssdk.services.appstream.model.LimitExceededException;
import software.amazon.awssdk.services.appstream.model.RequestLimitExceededException;

class FakeAppStreamFaultsTest extends ManualFakeTest {

    @Test
    void injectNext_throttlingTwice_failsTwoCallsThenAnswers() {
        fake.injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 2, Fault.throttling());

        AwsServiceException first = serviceError(() -> client.describeImageBuilders(),
                AppStreamException.class, "ThrottlingException", 400);
        serviceError(() -> client.describeImageBuilders(), AppStreamException.class, "ThrottlingException", 400);
        client.describeImageBuilders();

        assertThat(first.isThrottlingException()).isTrue();
        assertThat(first.getMessage()).contains("Rate exceeded");
        assertThat(fake.journal()).extracting(JournalEntry::outcome)
                .containsExactly("ThrottlingException", "ThrottlingException", "ok");
    }

    @Test
    void injectNext_onlyHitsItsOperation() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED)
                .injectNext(FakeOperation.START_IMAGE_BUILDER, 1, Fault.concurrentModification());

        client.describeImageBuilders();
        serviceError(() -> client.startImageBuilder(r -> r.name("b1")),
                ConcurrentModificationException.class, "ConcurrentModificationException", 400);

        assertThat(describe("b1")).isEqualTo(ImageBuilderState.STOPPED);
        assertThat(client.startImageBuilder(r -> r.name("b1")).imageBuilder().state()).isEqualTo(ImageBuilderState.PENDING);
    }

    @Test
    void injectNext_faultsQueueInOrder() {
        fake.injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.internalError())
                .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.serviceUnavailable())
                .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.tooManyRequests());

        AwsServiceException e500 = serviceError(() -> client.describeImageBuilders(),
                AppStreamException.class, "InternalServiceError", 500);
        serviceError(() -> client.describeImageBuilders(), AppStreamException.class, "ServiceUnavailable", 503);
        AwsServiceException e429 = serviceError(() -> client.describeImageBuilders(),
                AppStreamException.class, "TooManyRequestsException", 429);

        assertThat(e500.isThrottlingException()).isFalse();
        assertThat(e429.isThrottlingException()).isTrue();
    }

    @Test
    void modeledFaults_areThrownAsTheirSdkTypes() {
        fake.injectNext(FakeOperation.CREATE_IMAGE_BUILDER, 1, Fault.requestLimitExceeded())
                .injectNext(FakeOperation.CREATE_IMAGE_BUILDER, 1, Fault.limitExceeded())
                .injectNext(FakeOperation.CREATE_IMAGE_BUILDER, 1,
                        Fault.error("InvalidAccountStatusException", 400, "Account suspended"));

        AwsServiceException limit = serviceError(() -> client.createImageBuilder(r -> r.name("b").instanceType("t")),
                RequestLimitExceededException.class, "RequestLimitExceededException", 400);
        serviceError(() -> client.createImageBuilder(r -> r.name("b").instanceType("t")),
                LimitExceededException.class, "LimitExceededException", 400);
        serviceError(() -> client.createImageBuilder(r -> r.name("b").instanceType("t")),
                InvalidAccountStatusException.class, "InvalidAccountStatusException", 400);

        assertThat(limit.isThrottlingException()).isFalse();
        assertThat(fake.sdkImageBuilder("b")).isEmpty();
    }

    @Test
    void latency_manualTime_answersLaterOnTheVirtualClock() {
        fake.injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.latency(Duration.ofSeconds(3)));

        client.describeImageBuilders();

        assertThat(time.now()).isEqualTo(VirtualTime.DEFAULT_START.plusSeconds(3));
        assertThat(fake.journal().get(0).time()).isEqualTo(VirtualTime.DEFAULT_START.plusSeconds(3));
    }

    @Test
    void latencyAndError_bothApply() {
        fake.injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.latency(Duration.ofSeconds(1)))
                .injectRandomly(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1.0, Fault.throttling());

        serviceError(() -> client.describeImageBuilders(), AppStreamException.class, "ThrottlingException", 400);

        assertThat(fake.journal().get(0).time()).isEqualTo(VirtualTime.DEFAULT_START.plusSeconds(1));
    }

    @Test
    void injectRandomly_sameSeed_sameJournal() {
        List<String> first = randomRun(42);

        assertThat(randomRun(42)).isEqualTo(first);
        assertThat(randomRun(43)).isNotEqualTo(first);
        assertThat(first).filteredOn(s -> s.endsWith("ThrottlingException")).hasSizeBetween(30, 90);
    }

    private static List<String> randomRun(long seed) {
        try (VirtualTime time = VirtualTime.manual(); FakeAppStream fake = FakeAppStream.builder()
                .virtualTime(time).seed(seed).build()) {
            fake.givenImageBuilder("b1", ImageBuilderState.RUNNING)
                    .injectRandomly(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 0.3, Fault.throttling())
                    .injectRandomly(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 0.5, Fault.latency(Duration.ofMillis(250)));
            for (int i = 0; i < 200; i++) {
                try {
                    fake.client().describeImageBuilders(r -> r.names("b1"));
                } catch (AppStreamException expected) {
                    // the journal records it
                }
            }
            return fake.journal().stream().map(JournalEntry::toString).toList();
        }
    }

    @Test
    void injectRandomly_probabilityZero_neverHits() {
        fake.injectRandomly(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 0.0, Fault.internalError());

        for (int i = 0; i < 50; i++) {
            client.describeImageBuilders();
        }
        assertThat(fake.journal()).allMatch(JournalEntry::succeeded);
    }

    @Test
    void clearFaults_removesEveryRule() {
        fake.injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 5, Fault.throttling())
                .injectRandomly(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1.0, Fault.throttling())
                .clearFaults();

        client.describeImageBuilders();
        assertThat(fake.journal()).singleElement().extracting(JournalEntry::outcome).isEqualTo("ok");
    }

    @Test
    void journal_clearAndCountByOperation() {
        fake.givenImageBuilder("b1", ImageBuilderState.STOPPED);
        client.describeImageBuilders();
        client.startImageBuilder(r -> r.name("b1").appstreamAgentVersion("1.2.3"));

        assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(1);
        assertThat(fake.journal(FakeOperation.START_IMAGE_BUILDER)).singleElement().satisfies(e -> {
            assertThat(e.names()).containsExactly("b1");
            assertThat(e.request()).isInstanceOfSatisfying(
                    software.amazon.awssdk.services.appstream.model.StartImageBuilderRequest.class,
                    r -> assertThat(r.appstreamAgentVersion()).isEqualTo("1.2.3"));
        });
        assertThatThrownBy(() -> fake.journal().clear()).isInstanceOf(UnsupportedOperationException.class);
        fake.clearJournal();
        assertThat(fake.journal()).isEmpty();
    }

    @Test
    void faultArguments_invalid_throwBeforeInjecting() {
        assertThatThrownBy(() -> fake.injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 0, Fault.throttling()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times").hasMessageContaining("0");
        assertThatThrownBy(() -> fake.injectRandomly(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1.5, Fault.throttling()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability");
        assertThatThrownBy(() -> Fault.error("X", 200, "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statusCode");
        assertThatThrownBy(() -> Fault.latency(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
        client.describeImageBuilders();
        assertThat(fake.journal()).allMatch(JournalEntry::succeeded);
    }
}
