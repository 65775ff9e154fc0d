package io.github.appstream4j.testing.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers {@link AppStreamExtension} on a test class, with its options, so that test and lifecycle methods
 * can declare parameters of type {@code FakeAppStream}, {@code VirtualTime}, {@code ImageBuilders},
 * {@code LocalAppStreamServer} and {@code AppStreamClient}:
 *
 * <pre>{@code
 * @AppStreamTest
 * class MyServiceTest {
 *     @Test
 *     void start_takesTwentyMinutes(FakeAppStream fake, ImageBuilders builders, VirtualTime time) {
 *         fake.givenImageBuilder("b", ImageBuilderState.STOPPED);
 *         builders.start("b").awaitRunning();
 *         assertThat(time.now()).isAfter(VirtualTime.DEFAULT_START.plus(Duration.ofMinutes(20)));
 *     }
 * }
 * }</pre>
 *
 * <p>It is inherited by subclasses and applies to {@code @Nested} classes, which may carry their own
 * {@code @AppStreamTest} to change the options (the nearest one wins). It can also be used as a
 * meta-annotation. For options the annotation cannot express (customizing the fake, the facade or the
 * server), register the extension with {@code @RegisterExtension} and {@link AppStreamExtension#builder()}
 * instead; do not use both on one class, or JUnit finds two resolvers for the same parameter.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AppStreamExtension.class)
public @interface AppStreamTest {

    /**
     * How long the injected objects live.
     *
     * @return {@link AppStreamExtension.Scope#METHOD} (the default): fresh ones for each test method;
     *     {@link AppStreamExtension.Scope#CLASS}: one set shared by every method of the class
     */
    AppStreamExtension.Scope scope() default AppStreamExtension.Scope.METHOD;

    /**
     * The seed of the fake's random faults and of the facade's jitter, so that a run can be repeated.
     *
     * @return the seed; default 0
     */
    long seed() default 0L;

    /**
     * Whether the injected {@code ImageBuilders} talks to the fake over HTTP, through the local wire server
     * and a real SDK client, instead of calling the fake's in-memory client.
     *
     * @return false by default
     */
    boolean overWire() default false;
}
