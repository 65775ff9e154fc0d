package io.github.appstream4j.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.appstream4j.ImageBuilderRetriesExhaustedException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.AppStreamClient;

@AppStreamTest
class AppStreamExtensionParametersTest {
    private FakeAppStream fakeOfBeforeEach;

    @BeforeEach
    void remember(FakeAppStream fake) {
        fakeOfBeforeEach = fake;
    }

    @Test
    void parameters_ofOneTest_areWiredToOneFakeAndOneTime(FakeAppStream fake, ImageBuilders builders,
            VirtualTime time) {
        fake.givenImageBuilder("b", ImageBuilderState.RUNNING);

        assertThat(fake.clock()).isSameAs(time.clock());
        assertThat(builders.get("b").state()).contains(ImageBuilderState.RUNNING);
        assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(1);
    }

    @Test
    void parameters_ofOneTypeInOneTest_areTheSameInstance(FakeAppStream first, FakeAppStream second) {
        assertThat(first).isSameAs(second).isSameAs(fakeOfBeforeEach);
    }

    @RepeatedTest(3)
    void fake_inEachTest_startsEmptyAtTheDefaultStart(FakeAppStream fake, VirtualTime time) {
        assertThat(fake.client().describeImageBuilders().imageBuilders()).isEmpty();
        assertThat(time.now()).isEqualTo(VirtualTime.DEFAULT_START);

        fake.givenImageBuilder("left-behind", ImageBuilderState.STOPPED);
        time.advance(Duration.ofHours(1));
    }

    @Test
    void virtualTime_advancesByItself(VirtualTime time) throws Exception {
        CompletableFuture<String> inAnHour = new CompletableFuture<>();
        time.scheduler().schedule(() -> inAnHour.complete("done"), 1, TimeUnit.HOURS);

        assertThat(inAnHour.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(time.now()).isEqualTo(VirtualTime.DEFAULT_START.plus(Duration.ofHours(1)));
    }

    @Test
    void imageBuilders_retryPolicy_isTight(FakeAppStream fake, ImageBuilders builders) {
        fake.givenImageBuilder("b", ImageBuilderState.RUNNING)
                .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 3, Fault.throttling());

        ImageBuilderRetriesExhaustedException e =
                catchThrowableOfType(ImageBuilderRetriesExhaustedException.class, () -> builders.get("b"));

        assertThat(e.attempts()).isEqualTo(AppStreamExtension.RETRY_POLICY.maxAttempts()).isEqualTo(3);
    }

    @Test
    void appStreamClient_isARealSdkClientOfTheStartedServer(AppStreamClient sdk, LocalAppStreamServer server,
            FakeAppStream fake) {
        fake.givenImageBuilder("b", ImageBuilderState.RUNNING);

        assertThat(sdk).isSameAs(server.client()).isNotSameAs(fake.client());
        assertThat(sdk.describeImageBuilders(r -> r.names("b")).imageBuilders())
                .singleElement().satisfies(b -> assertThat(b.stateAsString()).isEqualTo("RUNNING"));
        assertThat(fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(1);
    }

    @Test
    void localAppStreamServer_isStartedOnLoopback(LocalAppStreamServer server) {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.address().getPort()).isPositive();
    }
}
