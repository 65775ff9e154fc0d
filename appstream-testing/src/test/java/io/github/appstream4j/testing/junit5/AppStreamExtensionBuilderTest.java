package io.github.appstream4j.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.RetryEvent;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;

class AppStreamExtensionBuilderTest {
    private static final Instant START = Instant.parse("2030-06-01T08:00:00Z");

    private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final AppStreamExtension appStream = AppStreamExtension.builder()
            .seed(42)
            .startTime(START)
            .fake(f -> f.region("eu-west-1").defaultDurations(
                    FakeDurations.of(Duration.ofMinutes(3), Duration.ofMinutes(1), Duration.ZERO)))
            .imageBuilders(b -> b.onRetry(retries::add))
            .server(s -> s.region(Region.EU_WEST_1))
            .build();

    @Test
    void startTime_setsWhereVirtualTimeStarts(VirtualTime time) {
        assertThat(time.now()).isEqualTo(START);
    }

    @Test
    void fakeCustomizer_appliesAfterTheDefaults(FakeAppStream fake, ImageBuilders builders, VirtualTime time) {
        fake.givenImageBuilder("b", ImageBuilderState.STOPPED);

        builders.start("b").awaitRunning();

        assertThat(fake.imageBuilder("b").orElseThrow().arn()).hasValueSatisfying(
                arn -> assertThat(arn).startsWith("arn:aws:appstream:eu-west-1:"));
        assertThat(Duration.between(START, time.now())).isBetween(Duration.ofMinutes(3), Duration.ofMinutes(4));
    }

    @Test
    void imageBuildersCustomizer_appliesAfterTheDefaults(FakeAppStream fake, ImageBuilders builders) {
        fake.givenImageBuilder("b", ImageBuilderState.RUNNING)
                .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.throttling());

        builders.get("b");

        assertThat(retries).singleElement().satisfies(e -> assertThat(e.attempt()).isEqualTo(1));
    }

    @Test
    void serverCustomizer_appliesAfterTheDefaults(LocalAppStreamServer server) {
        assertThat(server.region()).isEqualTo(Region.EU_WEST_1);
    }

    @Test
    void builder_nullArguments_areRejectedNamingTheParameter() {
        AppStreamExtension.Builder b = AppStreamExtension.builder();

        assertThatThrownBy(() -> b.scope(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("scope");
        assertThatThrownBy(() -> b.startTime(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("startTime");
        assertThatThrownBy(() -> b.fake(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("customizer");
        assertThatThrownBy(() -> b.imageBuilders(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("customizer");
        assertThatThrownBy(() -> b.server(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("customizer");
    }

    @Test
    void toString_showsTheOptions() {
        assertThat(appStream).hasToString("AppStreamExtension[METHOD, seed=42, start=2030-06-01T08:00:00Z, overWire=false]");
        assertThat(new AppStreamExtension()).hasToString("AppStreamExtension[from @AppStreamTest]");
    }
}
