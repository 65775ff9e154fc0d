package io.github.appstream4j.testing.junit5;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.RetryPolicy;
import io.github.appstream4j.WaitPolicy;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/**
 * A JUnit 5 extension that gives test and lifecycle methods, by parameter type:
 * <ul>
 *   <li>{@link VirtualTime}: an auto-advancing virtual time starting at {@link VirtualTime#DEFAULT_START};</li>
 *   <li>{@link FakeAppStream}: an empty fake on that virtual time (realistic durations: a start takes 20
 *       minutes of virtual time), seeded;</li>
 *   <li>{@link ImageBuilders}: a real facade over the fake's client, on the virtual clock and scheduler, with
 *       {@link WaitPolicy#defaults()}, {@link #RETRY_POLICY} and a seeded jitter source;</li>
 *   <li>{@link LocalAppStreamServer}: the fake served over HTTP on 127.0.0.1, started on first request;</li>
 *   <li>{@link AppStreamClient}: a real SDK client pointed at that server (asking for it starts the server);
 *       for the fake's in-memory client use {@code fake.client()}.</li>
 * </ul>
 * Within one scope every parameter of a type gets the same instance, and they are wired together: the
 * facade, server and client all reach the same fake. Objects are made on first request and closed when the
 * scope ends, facade first and time last: after the test the facade rejects calls, the server's port is
 * closed and the virtual time's driver thread is stopped.
 *
 * <p>Register it with {@link AppStreamTest @AppStreamTest} or {@code @ExtendWith(AppStreamExtension.class)},
 * which take their options from the nearest {@code @AppStreamTest}, or with options from code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static AppStreamExtension appStream = AppStreamExtension.builder()
 *         .scope(AppStreamExtension.Scope.CLASS)
 *         .fake(f -> f.defaultDurations(FakeDurations.quick()))
 *         .imageBuilders(b -> b.waitPolicy(WaitPolicy.builder().timeout(Duration.ofMinutes(30)).build()))
 *         .build();
 * }</pre>
 *
 * <p><b>Scopes.</b> With {@link Scope#METHOD} (the default) each test method, and each invocation of a
 * parameterized or repeated test, gets its own objects, shared with its {@code @BeforeEach} and
 * {@code @AfterEach} methods; {@code @BeforeAll}/{@code @AfterAll} methods get a set of the class. With
 * {@link Scope#CLASS} all methods of the class (the innermost one, for {@code @Nested} classes) share one set,
 * closed after the class.
 *
 * <p><b>Thread-safety.</b> Safe under JUnit's parallel execution: the extension holds no mutable state; the
 * objects live in the scope's {@link ExtensionContext.Store} and are made under a lock, so concurrent
 * methods of a {@code CLASS} scope see one set. The customizers given to the {@link Builder} may be called
 * from several threads at once.
 *
 * <p>Parameters annotated with Mockito's {@code @Mock} are left to Mockito.
 */
public final class AppStreamExtension implements ParameterResolver {

    /**
     * The retry policy of the injected facade, tight so that a test of retry exhaustion stays short: 3
     * attempts, backoff from 10 ms up to 100 ms (virtual time).
     */
    public static final RetryPolicy RETRY_POLICY = RetryPolicy.builder()
            .maxAttempts(3).initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(100)).build();

    private static final Set<Class<?>> TYPES = Set.of(VirtualTime.class, FakeAppStream.class, ImageBuilders.class,
            LocalAppStreamServer.class, AppStreamClient.class);
    private static final String MOCKITO_MOCK = "org.mockito.Mock";

    /** Null when the options come from {@link AppStreamTest} at resolution time. */
    private final Options options;
    private final Namespace namespace = Namespace.create(AppStreamExtension.class, this);

    /**
     * Creates the extension as {@code @ExtendWith} and {@link AppStreamTest} do: options from the nearest
     * {@code @AppStreamTest} on the test class or its enclosing classes, else the defaults.
     */
    public AppStreamExtension() {
        this(null);
    }

    private AppStreamExtension(Options options) {
        this.options = options;
    }

    /**
     * Starts configuring an extension for {@code @RegisterExtension}; its options apply whatever
     * {@code @AppStreamTest} says.
     *
     * @return a new builder with the defaults of {@link AppStreamTest}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether the parameter is one of the types listed in the class comment (exactly that type) and not
     * annotated with Mockito's {@code @Mock}.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return true if this extension resolves it
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        return TYPES.contains(parameter.getType()) && Arrays.stream(parameter.getAnnotations())
                .noneMatch(a -> a.annotationType().getName().equals(MOCKITO_MOCK));
    }

    /**
     * Returns the scope's object of the parameter's type, making it first if needed.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return the object
     * @throws ParameterResolutionException if it cannot be made (e.g. the server cannot bind) or the scope
     *     is already closed
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        Options o = options != null ? options : annotated(extensionContext);
        ExtensionContext scope = o.scope() == Scope.CLASS ? classContext(extensionContext) : extensionContext;
        try {
            return scope.getStore(namespace)
                    .getOrComputeIfAbsent(TestResources.class, k -> new TestResources(o), TestResources.class)
                    .get(type);
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("Could not provide a " + type.getSimpleName() + " for "
                    + parameterContext.getDeclaringExecutable() + ": " + e.getMessage(), e);
        }
    }

    private static Options annotated(ExtensionContext context) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            Optional<AppStreamTest> found = AnnotationSupport.findAnnotation(c, AppStreamTest.class);
            if (found.isPresent()) {
                return Options.of(found.get());
            }
        }
        return Options.DEFAULTS;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = c.getElement();
            if (element.isPresent() && element.get() instanceof Class) {
                return c;
            }
        }
        return context;
    }

    @Override
    public String toString() {
        return "AppStreamExtension" + (options == null ? "[from @AppStreamTest]" : "[" + options.scope()
                + ", seed=" + options.seed() + ", start=" + options.startTime() + ", overWire=" + options.overWire() + "]");
    }

    /** How long the injected objects live. */
    public enum Scope {
        /** Fresh objects for each test method (each invocation of a parameterized or repeated test). */
        METHOD,
        /** One set of objects for all methods of the test class, closed after the class. */
        CLASS
    }

    /**
     * Configures an {@link AppStreamExtension}. Not thread-safe; {@link #build()} copies the settings, so a
     * builder can be reused.
     */
    public static final class Builder {
        private Scope scope = Options.DEFAULTS.scope();
        private long seed = Options.DEFAULTS.seed();
        private Instant startTime = Options.DEFAULTS.startTime();
        private boolean overWire = Options.DEFAULTS.overWire();
        private Consumer<FakeAppStream.Builder> fake = Options.DEFAULTS.fake();
        private Consumer<ImageBuilders.Builder> imageBuilders = Options.DEFAULTS.imageBuilders();
        private Consumer<LocalAppStreamServer.Builder> server = Options.DEFAULTS.server();

        private Builder() {
        }

        /**
         * Sets how long the injected objects live.
         *
         * @param scope default {@link Scope#METHOD}
         * @return this builder
         * @throws NullPointerException if {@code scope} is null
         */
        public Builder scope(Scope scope) {
            this.scope = Objects.requireNonNull(scope, "scope must not be null");
            return this;
        }

        /**
         * Sets the seed of the fake's random faults and of the facade's jitter.
         *
         * @param seed any value; default 0
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets where the virtual time starts.
         *
         * @param startTime default {@link VirtualTime#DEFAULT_START}
         * @return this builder
         * @throws NullPointerException if {@code startTime} is null
         */
        public Builder startTime(Instant startTime) {
            this.startTime = Objects.requireNonNull(startTime, "startTime must not be null");
            return this;
        }

        /**
         * Sets whether the injected facade reaches the fake over HTTP (local server, real SDK client) instead of
         * in memory. The facade's calls then block the virtual time's driver thread while the server answers,
         * so a fault that adds latency to the fake would stall until the SDK's call timeout: inject latency
         * only in memory.
         *
         * @param overWire default false
         * @return this builder
         */
        public Builder overWire(boolean overWire) {
            this.overWire = overWire;
            return this;
        }

        /**
         * Customizes each fake after the extension has set its virtual time and seed, e.g. durations, region
         * or account. Replaces an earlier customizer.
         *
         * @param customizer called once per scope, possibly from several threads
         * @return this builder
         * @throws NullPointerException if {@code customizer} is null
         */
        public Builder fake(Consumer<FakeAppStream.Builder> customizer) {
            this.fake = Objects.requireNonNull(customizer, "customizer must not be null");
            return this;
        }

        /**
         * Customizes each facade after the extension has set its client, clock, scheduler, jitter source and
         * {@link AppStreamExtension#RETRY_POLICY}, e.g. a wait policy or a retry listener. Replaces an earlier
         * customizer.
         *
         * @param customizer called once per scope, possibly from several threads
         * @return this builder
         * @throws NullPointerException if {@code customizer} is null
         */
        public Builder imageBuilders(Consumer<ImageBuilders.Builder> customizer) {
            this.imageBuilders = Objects.requireNonNull(customizer, "customizer must not be null");
            return this;
        }

        /**
         * Customizes each local server after the extension has set the fake's client to serve, e.g. strict
         * signatures or credentials. Replaces an earlier customizer.
         *
         * @param customizer called once per scope, possibly from several threads
         * @return this builder
         * @throws NullPointerException if {@code customizer} is null
         */
        public Builder server(Consumer<LocalAppStreamServer.Builder> customizer) {
            this.server = Objects.requireNonNull(customizer, "customizer must not be null");
            return this;
        }

        /**
         * Builds the extension.
         *
         * @return a new extension, immutable and thread-safe
         */
        public AppStreamExtension build() {
            return new AppStreamExtension(new Options(scope, seed, startTime, overWire, fake, imageBuilders, server));
        }
    }
}
