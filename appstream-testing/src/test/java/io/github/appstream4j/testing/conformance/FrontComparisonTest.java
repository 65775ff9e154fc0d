package io.github.appstream4j.testing.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.internal.mapping.ImageBuilderMapper;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * The same facade session on both fronts, compared as a whole: every call the fake answered (operation, names,
 * request, outcome, virtual instant) and every image builder the facade returned must be the same whether the
 * facade talks to the in-memory client or to the wire emulator over HTTP.
 */
class FrontComparisonTest {
    private static final long SEED = 7;

    /**
     * What one session left behind; builders in their SDK form, whose equality also covers the list-presence
     * flags that the model's ignores.
     */
    private record Session(List<String> journal, Sdk running, Sdk failed, Sdk stopped, List<Sdk> listed) {
    }

    /** A builder as the SDK holds it. */
    private record Sdk(software.amazon.awssdk.services.appstream.model.ImageBuilder value) {
        static Sdk of(ImageBuilder model) {
            return new Sdk(ImageBuilderMapper.toSdk(model));
        }
    }

    @Test
    void facadeSession_inMemoryAndOverTheWire_areTheSame() {
        Session inMemory = session(false);
        Session overWire = session(true);

        assertThat(overWire.journal()).containsExactlyElementsOf(inMemory.journal());
        assertThat(overWire).isEqualTo(inMemory);
        assertThat(inMemory.journal()).hasSizeGreaterThan(10);
    }

    private static Session session(boolean overWire) {
        try (VirtualTime time = VirtualTime.create();
                FakeAppStream fake = FakeAppStream.builder().virtualTime(time).seed(SEED).build();
                LocalAppStreamServer server = overWire ? LocalAppStreamServer.start(fake) : null) {
            AppStreamClient client = overWire ? server.client() : fake.client();
            try (ImageBuilders builders = ImageBuilders.builder().client(client).clock(time.clock())
                    .scheduler(time.scheduler()).random(new Random(SEED)).build()) {
                fake.givenImageBuilder("worker", ImageBuilderState.STOPPED)
                        .givenImageBuilder("doomed", ImageBuilderState.STOPPED)
                        .script("doomed", s -> s.failStart("INTERNAL_ERROR", "Instance could not be launched.")
                                .imageBuilderError("NETWORK_INTERFACE_LIMIT_EXCEEDED", "No more ENIs."))
                        .injectNext(FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1, Fault.throttling())
                        .injectNext(FakeOperation.START_IMAGE_BUILDER, 2, Fault.throttling());

                ImageBuilder running = builders.start("worker").awaitRunning();
                ImageBuilder failed = catchThrowableOfType(ImageBuilderFailedException.class,
                        () -> builders.start("doomed").awaitRunning()).lastSeen().orElseThrow();
                ImageBuilder stopped = builders.stop("worker").awaitStopped();
                client.createImageBuilder(ConformanceValues.everyMember("created"));
                time.advance(Duration.ofMinutes(30));
                List<ImageBuilder> listed = builders.list().collect(Collectors.toList());

                List<String> journal = fake.journal().stream().map(e -> e.operation() + " " + e.names() + " "
                        + e.outcome() + " at " + Duration.between(VirtualTime.DEFAULT_START, e.time()) + " "
                        + e.request()).collect(Collectors.toList());
                return new Session(journal, Sdk.of(running), Sdk.of(failed), Sdk.of(stopped),
                        listed.stream().map(Sdk::of).collect(Collectors.toList()));
            }
        }
    }
}
