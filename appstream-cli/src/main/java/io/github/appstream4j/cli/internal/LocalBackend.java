package io.github.appstream4j.cli.internal;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.FakeDurations;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * --local: an in-process FakeAppStream in which the named image builders (and {@code demo}) exist, STOPPED,
 * with transitions of a few seconds of real time; one that create-image-builder names does not.
 */
final class LocalBackend implements AutoCloseable {
    static final String DEMO = "demo";
    static final FakeDurations DURATIONS = FakeDurations.of(Duration.ofSeconds(5), Duration.ofSeconds(3),
            Duration.ofSeconds(1));

    private final FakeAppStream fake;

    private LocalBackend(FakeAppStream fake) {
        this.fake = fake;
    }

    static LocalBackend start(CliContext context, List<String> names, List<String> absent) {
        ClientSettings settings = context.settings();
        FakeAppStream fake = FakeAppStream.builder().clock(context.env.clock()).defaultDurations(DURATIONS)
                .region(settings.region().id()).build();
        Set<String> seeded = new LinkedHashSet<>();
        seeded.add(DEMO);
        seeded.addAll(names);
        seeded.removeAll(absent);
        seeded.forEach(name -> fake.givenImageBuilder(name, ImageBuilderState.STOPPED));
        return new LocalBackend(fake);
    }

    AppStreamClient client() {
        return fake.client();
    }

    FakeAppStream fake() {
        return fake;
    }

    @Override
    public void close() {
        fake.close();
    }
}
