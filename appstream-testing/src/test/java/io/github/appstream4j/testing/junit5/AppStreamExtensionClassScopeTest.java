package io.github.appstream4j.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.VirtualTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outer class uses the default per-method scope; the nested class overrides it with {@code CLASS}. The
 * outer {@code @AfterAll} runs after the nested class ended, so it can check that the shared set was closed.
 */
@AppStreamTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD)
class AppStreamExtensionClassScopeTest {
    private final Set<FakeAppStream> sharedFakes = ConcurrentHashMap.newKeySet();
    private final Set<VirtualTime> sharedTimes = ConcurrentHashMap.newKeySet();
    private final Set<ImageBuilders> sharedFacades = ConcurrentHashMap.newKeySet();

    @Test
    void outerTests_keepTheMethodScope(FakeAppStream fake) {
        assertThat(fake.client().describeImageBuilders().imageBuilders()).isEmpty();
        assertThat(sharedFakes).doesNotContain(fake);
    }

    @AfterAll
    void classScope_afterTheNestedClass_isClosed() {
        assertThat(sharedFakes).hasSize(1);
        assertThatThrownBy(() -> sharedFakes.iterator().next().client().describeImageBuilders())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sharedTimes.iterator().next().scheduler().schedule(() -> { }, 1, TimeUnit.SECONDS))
                .isInstanceOf(RejectedExecutionException.class);
        assertThatThrownBy(() -> sharedFacades.iterator().next().find("b")).isInstanceOf(IllegalStateException.class);
    }

    @Nested
    @AppStreamTest(scope = AppStreamExtension.Scope.CLASS)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Execution(ExecutionMode.CONCURRENT)
    class SharedByTheClass {

        @ParameterizedTest
        @ValueSource(strings = {"b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8"})
        void everyTest_getsTheClassesObjects(String name, FakeAppStream fake, VirtualTime time,
                ImageBuilders builders) {
            sharedFakes.add(fake);
            sharedTimes.add(time);
            sharedFacades.add(builders);

            fake.givenImageBuilder(name, ImageBuilderState.RUNNING);

            assertThat(builders.get(name).name()).isEqualTo(name);
            assertThat(fake.clock()).isSameAs(time.clock());
        }

        @AfterAll
        void afterAll_getsTheSameObjects_withEveryTestsBuilder(FakeAppStream fake, VirtualTime time,
                ImageBuilders builders) {
            assertThat(sharedFakes).containsExactly(fake);
            assertThat(sharedTimes).containsExactly(time);
            assertThat(sharedFacades).containsExactly(builders);
            assertThat(fake.client().describeImageBuilders().imageBuilders()).hasSize(8);
        }
    }
}
