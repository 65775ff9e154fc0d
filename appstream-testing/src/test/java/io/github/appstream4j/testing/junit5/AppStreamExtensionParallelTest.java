package io.github.appstream4j.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tests that run at the same time (when JUnit's parallel execution is enabled) each change their own fake and
 * time; a shared one would show another test's builder or time. Without parallel execution they run one after
 * the other and still check that nothing leaks from one test into the next.
 */
@AppStreamTest
@Execution(ExecutionMode.CONCURRENT)
class AppStreamExtensionParallelTest {

    @ParameterizedTest
    @EnumSource(value = ImageBuilderState.class, names = {"RUNNING", "STOPPED", "PENDING", "STOPPING", "FAILED",
        "SNAPSHOTTING", "UPDATING_AGENT", "REBOOTING"})
    void fake_seededInEachTest_holdsOnlyThatTestsBuilder(ImageBuilderState state, FakeAppStream fake,
            ImageBuilders builders, VirtualTime time) {
        String name = "b-" + state.toString().toLowerCase().replace('_', '-');
        Duration own = Duration.ofHours(1 + state.ordinal());

        fake.givenImageBuilder(name, state);
        assertThat(builders.get(name).stateAsString()).contains(state.toString());
        time.advance(own);

        assertThat(fake.client().describeImageBuilders().imageBuilders())
                .singleElement().satisfies(b -> assertThat(b.name()).isEqualTo(name));
        assertThat(time.now()).isEqualTo(VirtualTime.DEFAULT_START.plus(own));
    }

    @Test
    void start_inOneTest_takesItsOwnTwentyMinutes(FakeAppStream fake, ImageBuilders builders, VirtualTime time) {
        assertStartTakesTwentyMinutes(fake, builders, time);
    }

    @Test
    void start_inAnotherTest_takesItsOwnTwentyMinutes(FakeAppStream fake, ImageBuilders builders, VirtualTime time) {
        assertStartTakesTwentyMinutes(fake, builders, time);
    }

    @Test
    void start_inAThirdTest_takesItsOwnTwentyMinutes(FakeAppStream fake, ImageBuilders builders, VirtualTime time) {
        assertStartTakesTwentyMinutes(fake, builders, time);
    }

    private static void assertStartTakesTwentyMinutes(FakeAppStream fake, ImageBuilders builders, VirtualTime time) {
        fake.givenImageBuilder("b", ImageBuilderState.STOPPED);

        builders.start("b").awaitRunning();

        assertThat(Duration.between(VirtualTime.DEFAULT_START, time.now()))
                .isBetween(Duration.ofMinutes(20), Duration.ofMinutes(21));
        assertThat(fake.client().describeImageBuilders().imageBuilders()).hasSize(1);
    }
}
