package io.github.appstream4j.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import io.github.appstream4j.ImageBuilderException;
import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilderWaitTimeoutException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.StartOperation;
import io.github.appstream4j.StartOptions;
import io.github.appstream4j.StopOperation;
import io.github.appstream4j.Watch;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.ImageBuilderNames;
import io.github.appstream4j.model.ImageBuilderState;
import io.github.appstream4j.model.ResourceError;
import io.github.appstream4j.model.StateChangeReason;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.mockito.quality.Strictness;

/**
 * Stubs a Mockito mock of {@link ImageBuilders} for the common flows, so that code which uses the facade can
 * be unit-tested without AWS and without a fake service:
 *
 * <pre>{@code
 * ImageBuilders builders = mock(ImageBuilders.class);
 * MockImageBuilders.startsRunning(builders, "my-builder");
 * MockImageBuilders.startFails(builders, "broken-builder");
 * }</pre>
 *
 * <p>A start stub answers all three {@code start} overloads for that name with one {@link StartOperation}
 * (itself a mock, so it can be verified) whose {@code awaitRunning()}, {@code awaitRunning(Duration)} and
 * {@code awaitRunningAsync()} give the same outcome; {@code initial()} returns the builder as
 * {@link ImageBuilderFixtures#stopped(String) STOPPED}. Stop stubs mirror that. Values come from
 * {@link ImageBuilderFixtures}. Every stubbing is {@linkplain Mockito#lenient() lenient}, so it does not trip
 * Mockito's strict stubs when the code under test uses only one of the overloads; a later stub for the same
 * name replaces an earlier one.
 *
 * <p>Needs {@code mockito-core} on the test classpath (an optional dependency of appstream-testing).
 * Stateless; stub a mock from one thread, as with Mockito itself.
 */
public final class MockImageBuilders {

    private MockImageBuilders() {
    }

    /**
     * Makes {@code start(name)} succeed with {@link ImageBuilderFixtures#running(String)}.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param name a valid image builder name
     * @return the stubbed operation, a mock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock or {@code name} is invalid
     */
    public static StartOperation startsRunning(ImageBuilders mock, String name) {
        return startsRunning(mock, ImageBuilderFixtures.running(requireName(name)));
    }

    /**
     * Makes {@code start(running.name())} succeed with the given value.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param running what the awaits return, normally in state {@code RUNNING}
     * @return the stubbed operation, a mock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock
     */
    public static StartOperation startsRunning(ImageBuilders mock, ImageBuilder running) {
        Objects.requireNonNull(running, "running must not be null");
        ImageBuilder initial = running.toBuilder().state(ImageBuilderState.STOPPED)
                .networkAccessConfiguration(Optional.empty()).build();
        return stubStart(mock, requireName(running.name()), () -> initial, Outcome.of(running));
    }

    /**
     * Makes {@code start(name)} fail with {@link ImageBuilderFailedException}, the builder being
     * {@link ImageBuilderFixtures#failed(String)}.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param name a valid image builder name
     * @return the stubbed operation, a mock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock or {@code name} is invalid
     */
    public static StartOperation startFails(ImageBuilders mock, String name) {
        return startFails(mock, ImageBuilderFixtures.failed(requireName(name)));
    }

    /**
     * Makes {@code start(name)} fail with {@link ImageBuilderFailedException}, the builder being FAILED with
     * this reason and these errors.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param name a valid image builder name
     * @param reason the state change reason, e.g. from {@link ImageBuilderFixtures#reason}
     * @param errors the image builder errors, e.g. from {@link ImageBuilderFixtures#error}; may be none
     * @return the stubbed operation, a mock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock or {@code name} is invalid
     */
    public static StartOperation startFails(ImageBuilders mock, String name, StateChangeReason reason,
            ResourceError... errors) {
        return startFails(mock, ImageBuilderFixtures.failed(name, reason, errors));
    }

    private static StartOperation startFails(ImageBuilders mock, ImageBuilder failed) {
        String message = "Image builder \"" + failed.name() + "\" is FAILED: " + details(failed)
                + "; fix the cause (role, network, image), then delete and recreate it";
        return startThrows(mock, failed.name(), new ImageBuilderFailedException(message, failed.name(), failed, null));
    }

    /**
     * Makes {@code start(name)} time out with {@link ImageBuilderWaitTimeoutException}, the builder last seen
     * {@link ImageBuilderFixtures#pending(String) PENDING}.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param name a valid image builder name
     * @param elapsed what {@link ImageBuilderWaitTimeoutException#elapsed()} returns, zero or more
     * @param polls what {@link ImageBuilderWaitTimeoutException#polls()} returns, at least 1
     * @return the stubbed operation, a mock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock, {@code name} is invalid,
     *     {@code elapsed} is negative or {@code polls} is less than 1
     */
    public static StartOperation startTimesOut(ImageBuilders mock, String name, Duration elapsed, int polls) {
        ImageBuilder pending = ImageBuilderFixtures.pending(requireName(name));
        Objects.requireNonNull(elapsed, "elapsed must not be null");
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("elapsed must not be negative but was " + elapsed);
        }
        if (polls < 1) {
            throw new IllegalArgumentException("polls must be at least 1 but was " + polls);
        }
        String message = "Image builder \"" + name + "\" did not become RUNNING within " + elapsed
                + ": last seen in " + details(pending) + ", after " + elapsed + " (" + polls + " polls)"
                + "; raise WaitPolicy.timeout or check the builder in the console";
        return startThrows(mock, name, new ImageBuilderWaitTimeoutException(message, name, pending, elapsed, polls));
    }

    /**
     * Makes {@code start(name)} fail with any exception of the facade, e.g. an
     * {@code ImageBuilderRetriesExhaustedException} or {@code UnexpectedImageBuilderStateException}.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param name a valid image builder name
     * @param failure what the awaits throw (the async one completes exceptionally with it)
     * @return the stubbed operation, a mock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock or {@code name} is invalid
     */
    public static StartOperation startThrows(ImageBuilders mock, String name, ImageBuilderException failure) {
        Objects.requireNonNull(failure, "failure must not be null");
        return stubStart(mock, requireName(name), () -> ImageBuilderFixtures.stopped(name), Outcome.of(failure));
    }

    /**
     * Makes {@code stop(name)} succeed with {@link ImageBuilderFixtures#stopped(String)}; its
     * {@code initial()} is {@link ImageBuilderFixtures#running(String) RUNNING}.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param name a valid image builder name
     * @return the stubbed operation, a mock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock or {@code name} is invalid
     */
    public static StopOperation stops(ImageBuilders mock, String name) {
        return stubStop(mock, requireName(name), () -> ImageBuilderFixtures.running(name),
                Outcome.of(ImageBuilderFixtures.stopped(name)));
    }

    /**
     * Makes {@code stop(name)} fail with any exception of the facade.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param name a valid image builder name
     * @param failure what the awaits throw (the async one completes exceptionally with it)
     * @return the stubbed operation, a mock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock or {@code name} is invalid
     */
    public static StopOperation stopThrows(ImageBuilders mock, String name, ImageBuilderException failure) {
        Objects.requireNonNull(failure, "failure must not be null");
        return stubStop(mock, requireName(name), () -> ImageBuilderFixtures.running(name), Outcome.of(failure));
    }

    /**
     * Makes the builder missing: {@code start}, {@code stop} and {@code watch} give operations whose every
     * method (including {@code initial()}) throws {@link ImageBuilderNotFoundException}, {@code get} throws
     * it and {@code find} is empty.
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param name a valid image builder name
     * @return the exception the stubs throw
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock or {@code name} is invalid
     */
    public static ImageBuilderNotFoundException notFound(ImageBuilders mock, String name) {
        ImageBuilderNotFoundException missing = new ImageBuilderNotFoundException("Image builder \"" + requireName(name)
                + "\" does not exist in this account and region (ResourceNotFoundException)"
                + "; check the name, region and credentials", name, null, null);
        Outcome outcome = Outcome.of(missing);
        stubStart(mock, name, outcome::get, outcome);
        stubStop(mock, name, outcome::get, outcome);
        Watch watch = lenientMock(Watch.class, "watch", name);
        lenient().when(watch.name()).thenReturn(name);
        stubAwaits(outcome, watch::awaitRunning, watch::awaitRunning, watch::awaitRunningAsync);
        stubAwaits(outcome, watch::awaitStopped, watch::awaitStopped, watch::awaitStoppedAsync);
        lenient().doReturn(watch).when(mock).watch(name);
        lenient().doThrow(missing).when(mock).get(name);
        lenient().doReturn(Optional.empty()).when(mock).find(name);
        return missing;
    }

    /**
     * Makes {@code get} and {@code find} answer each of these builders by name, and {@code list()} return
     * them all, in this order (a new stream per call).
     *
     * @param mock a Mockito mock of {@link ImageBuilders}
     * @param builders the builders, e.g. {@link ImageBuilderFixtures} values
     * @throws NullPointerException if an argument or a builder is null
     * @throws IllegalArgumentException if {@code mock} is not a Mockito mock
     */
    public static void describes(ImageBuilders mock, ImageBuilder... builders) {
        requireMock(mock);
        List<ImageBuilder> all = List.of(Objects.requireNonNull(builders, "builders must not be null"));
        for (ImageBuilder b : all) {
            lenient().doReturn(b).when(mock).get(b.name());
            lenient().doReturn(Optional.of(b)).when(mock).find(b.name());
        }
        lenient().doAnswer(invocation -> all.stream()).when(mock).list();
    }

    private static StartOperation stubStart(ImageBuilders mock, String name, Supplier<ImageBuilder> initial,
            Outcome outcome) {
        requireMock(mock);
        StartOperation op = lenientMock(StartOperation.class, "start", name);
        lenient().when(op.name()).thenReturn(name);
        lenient().when(op.initial()).thenAnswer(i -> initial.get());
        stubAwaits(outcome, op::awaitRunning, op::awaitRunning, op::awaitRunningAsync);
        lenient().doReturn(op).when(mock).start(name);
        lenient().doReturn(op).when(mock).start(eq(name), any(StartOptions.class));
        lenient().doReturn(op).when(mock).start(eq(name), ArgumentMatchers.<Consumer<StartOptions.Builder>>any());
        return op;
    }

    private static StopOperation stubStop(ImageBuilders mock, String name, Supplier<ImageBuilder> initial,
            Outcome outcome) {
        requireMock(mock);
        StopOperation op = lenientMock(StopOperation.class, "stop", name);
        lenient().when(op.name()).thenReturn(name);
        lenient().when(op.initial()).thenAnswer(i -> initial.get());
        stubAwaits(outcome, op::awaitStopped, op::awaitStopped, op::awaitStoppedAsync);
        lenient().doReturn(op).when(mock).stop(name);
        return op;
    }

    /** Stubs the three await flavours of one handle with one outcome; called on a lenient mock. */
    private static void stubAwaits(Outcome outcome, Await sync, TimedAwait timed, AsyncAwait async) {
        lenient().when(sync.await()).thenAnswer(i -> outcome.get());
        lenient().when(timed.await(any())).thenAnswer(i -> {
            Duration timeout = i.getArgument(0);
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive but was " + timeout);
            }
            return outcome.get();
        });
        lenient().when(async.await()).thenAnswer(i -> outcome.future());
    }

    private interface Await {
        ImageBuilder await();
    }

    private interface TimedAwait {
        ImageBuilder await(Duration timeout);
    }

    private interface AsyncAwait {
        CompletableFuture<ImageBuilder> await();
    }

    private static <T> T lenientMock(Class<T> type, String verb, String name) {
        return mock(type, withSettings().strictness(Strictness.LENIENT).name(verb + "(\"" + name + "\")"));
    }

    private static void requireMock(ImageBuilders mock) {
        Objects.requireNonNull(mock, "mock must not be null");
        if (!Mockito.mockingDetails(mock).isMock()) {
            throw new IllegalArgumentException("mock must be a Mockito mock of ImageBuilders but was " + mock);
        }
    }

    private static String requireName(String name) {
        return ImageBuilderNames.requireValid(name, "name");
    }

    /** The state, its change reason and every error, as the facade writes them in its messages. */
    private static String details(ImageBuilder b) {
        StringBuilder s = new StringBuilder("state ").append(b.stateAsString().orElse("(no state)"));
        b.stateChangeReason().ifPresent(r -> s.append(", reason ").append(r.codeAsString().orElse("(no code)"))
                .append(": ").append(r.message().orElse("(no message)")));
        if (!b.imageBuilderErrors().isEmpty()) {
            s.append(", errors [").append(b.imageBuilderErrors().stream()
                    .map(e -> e.errorCodeAsString().orElse("(no code)") + ": " + e.errorMessage().orElse("(no message)"))
                    .collect(Collectors.joining("; "))).append(']');
        }
        return s.toString();
    }

    /** What the awaits of one stubbed operation give: a value or an exception. */
    private record Outcome(ImageBuilder value, ImageBuilderException failure) {
        static Outcome of(ImageBuilder value) {
            return new Outcome(value, null);
        }

        static Outcome of(ImageBuilderException failure) {
            return new Outcome(null, failure);
        }

        ImageBuilder get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }

        CompletableFuture<ImageBuilder> future() {
            return failure != null ? CompletableFuture.failedFuture(failure) : CompletableFuture.completedFuture(value);
        }
    }
}
