package io.github.appstream4j.testing;

import io.github.appstream4j.testing.internal.fake.Script;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * How one {@link FakeAppStream} image builder behaves, where it differs from the defaults: transition
 * durations, intermediate states, a start that ends in FAILED, a deletion by someone else, stale reads
 * right after a start. A script applies to every create and start of its image builder until it is
 * replaced. Everything is in the fake's time, so scripts are deterministic.
 *
 * <pre>{@code
 * fake.script("b1", s -> s.startPhase(ImageBuilderState.PENDING, Duration.ofMinutes(5))
 *                         .startPhase(ImageBuilderState.UPDATING_AGENT, Duration.ofMinutes(3))
 *                         .staleReadsAfterStart(2));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; builders are not thread-safe.
 */
public final class FakeImageBuilderScript {

    private final Script script;

    private FakeImageBuilderScript(Script script) {
        this.script = script;
    }

    /**
     * Starts an empty script (all defaults).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a script from a configurer.
     *
     * @param configurer sets up the builder
     * @return the script
     * @throws NullPointerException if {@code configurer} is null
     */
    public static FakeImageBuilderScript of(Consumer<Builder> configurer) {
        Builder b = builder();
        Objects.requireNonNull(configurer, "configurer must not be null").accept(b);
        return b.build();
    }

    Script script() {
        return script;
    }

    @Override
    public String toString() {
        return "FakeImageBuilderScript" + script;
    }

    /** Builds a {@link FakeImageBuilderScript}; {@link #build()} copies, so a builder can be reused. */
    public static final class Builder {

        private Duration startDuration;
        private Duration stopDuration;
        private Duration deleteDuration;
        private final List<Script.Phase> startPhases = new ArrayList<>();
        private final List<Script.Phase> stopPhases = new ArrayList<>();
        private String failureCode;
        private String failureMessage;
        private final List<Script.ErrorSpec> errors = new ArrayList<>();
        private Duration deletedAfterStart;
        private int staleReads;
        private Duration staleFor;

        private Builder() {
        }

        /**
         * Sets how long PENDING lasts before RUNNING (or FAILED). Ignored when start phases are given.
         *
         * @param duration zero or more; default {@link FakeDurations#start()} of the fake
         * @return this builder
         * @throws NullPointerException if {@code duration} is null
         * @throws IllegalArgumentException if {@code duration} is negative
         */
        public Builder startDuration(Duration duration) {
            this.startDuration = FakeDurations.nonNegative(duration, "startDuration");
            return this;
        }

        /**
         * Sets how long STOPPING lasts before STOPPED. Ignored when stop phases are given.
         *
         * @param duration zero or more; default {@link FakeDurations#stop()} of the fake
         * @return this builder
         * @throws NullPointerException if {@code duration} is null
         * @throws IllegalArgumentException if {@code duration} is negative
         */
        public Builder stopDuration(Duration duration) {
            this.stopDuration = FakeDurations.nonNegative(duration, "stopDuration");
            return this;
        }

        /**
         * Sets how long DELETING lasts before the image builder is gone.
         *
         * @param duration zero or more; default {@link FakeDurations#delete()} of the fake
         * @return this builder
         * @throws NullPointerException if {@code duration} is null
         * @throws IllegalArgumentException if {@code duration} is negative
         */
        public Builder deleteDuration(Duration duration) {
            this.deleteDuration = FakeDurations.nonNegative(duration, "deleteDuration");
            return this;
        }

        /**
         * Appends a state shown while starting, e.g. PENDING then UPDATING_AGENT; after the last phase the
         * builder is RUNNING (or FAILED). Replaces the default single PENDING phase.
         *
         * @param state any state, typically one on the way to RUNNING
         * @param duration how long it is shown
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code duration} is negative or {@code state} is
         *     {@code UNKNOWN_TO_SDK_VERSION}
         */
        public Builder startPhase(ImageBuilderState state, Duration duration) {
            startPhases.add(phase(state, duration));
            return this;
        }

        /**
         * Appends a state shown while stopping, e.g. SNAPSHOTTING then STOPPING; after the last phase the
         * builder is STOPPED. Replaces the default single STOPPING phase.
         *
         * @param state any state, typically one on the way to STOPPED
         * @param duration how long it is shown
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code duration} is negative or {@code state} is
         *     {@code UNKNOWN_TO_SDK_VERSION}
         */
        public Builder stopPhase(ImageBuilderState state, Duration duration) {
            stopPhases.add(phase(state, duration));
            return this;
        }

        /**
         * Appends a state, given as a model value, shown while starting; see
         * {@link #startPhase(ImageBuilderState, Duration)}.
         *
         * @param state any state but {@code UNKNOWN}
         * @param duration how long it is shown
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code duration} is negative or {@code state} is {@code UNKNOWN}
         */
        public Builder startPhase(io.github.appstream4j.model.ImageBuilderState state, Duration duration) {
            return startPhase(sdkState(state), duration);
        }

        /**
         * Appends a state, given as a model value, shown while stopping; see
         * {@link #stopPhase(ImageBuilderState, Duration)}.
         *
         * @param state any state but {@code UNKNOWN}
         * @param duration how long it is shown
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code duration} is negative or {@code state} is {@code UNKNOWN}
         */
        public Builder stopPhase(io.github.appstream4j.model.ImageBuilderState state, Duration duration) {
            return stopPhase(sdkState(state), duration);
        }

        private static ImageBuilderState sdkState(io.github.appstream4j.model.ImageBuilderState state) {
            Objects.requireNonNull(state, "state must not be null");
            return ImageBuilderState.fromValue(state.toString());
        }

        private static Script.Phase phase(ImageBuilderState state, Duration duration) {
            Objects.requireNonNull(state, "state must not be null");
            if (state == ImageBuilderState.UNKNOWN_TO_SDK_VERSION) {
                throw new IllegalArgumentException("state must be a wire state but was " + state);
            }
            return new Script.Phase(state.toString(), FakeDurations.nonNegative(duration, "duration"));
        }

        /**
         * Makes starts end in FAILED instead of RUNNING, with this StateChangeReason.
         *
         * @param reasonCode the reason code, e.g. {@code "INTERNAL_ERROR"} or {@code "IMAGE_UNAVAILABLE"}
         * @param message the reason message
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder failStart(String reasonCode, String message) {
            this.failureCode = Objects.requireNonNull(reasonCode, "reasonCode must not be null");
            this.failureMessage = Objects.requireNonNull(message, "message must not be null");
            return this;
        }

        /**
         * Adds an entry to the ImageBuilderErrors a failed start reports (its timestamp is the failure
         * instant). Only used together with {@link #failStart(String, String)}.
         *
         * @param errorCode a FleetErrorCode wire value, e.g. {@code "IAM_SERVICE_ROLE_IS_MISSING"}
         * @param message the error message
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder imageBuilderError(String errorCode, String message) {
            errors.add(new Script.ErrorSpec(Objects.requireNonNull(errorCode, "errorCode must not be null"),
                    Objects.requireNonNull(message, "message must not be null")));
            return this;
        }

        /**
         * Makes the image builder be deleted by someone else this long after each start: it turns DELETING
         * (whatever it was doing) and disappears after the delete duration.
         *
         * @param delay from the start call
         * @return this builder
         * @throws NullPointerException if {@code delay} is null
         * @throws IllegalArgumentException if {@code delay} is negative
         */
        public Builder deletedAfterStart(Duration delay) {
            this.deletedAfterStart = FakeDurations.nonNegative(delay, "delay");
            return this;
        }

        /**
         * Makes the next {@code reads} describes after each start still show the state before the start
         * (normally STOPPED), like the service's eventual consistency. The start response itself is current.
         *
         * @param reads zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code reads} is negative
         */
        public Builder staleReadsAfterStart(int reads) {
            if (reads < 0) {
                throw new IllegalArgumentException("reads must not be negative but was " + reads);
            }
            this.staleReads = reads;
            return this;
        }

        /**
         * Makes describes show the state before each start for this long after it.
         *
         * @param duration zero or more
         * @return this builder
         * @throws NullPointerException if {@code duration} is null
         * @throws IllegalArgumentException if {@code duration} is negative
         */
        public Builder staleAfterStart(Duration duration) {
            this.staleFor = FakeDurations.nonNegative(duration, "duration");
            return this;
        }

        /**
         * Builds the script.
         *
         * @return the script
         */
        public FakeImageBuilderScript build() {
            Script.Failure failure = failureCode == null ? null
                    : new Script.Failure(failureCode, failureMessage, errors);
            return new FakeImageBuilderScript(new Script(startDuration, stopDuration, deleteDuration, startPhases,
                    stopPhases, failure, deletedAfterStart, staleReads, staleFor));
        }
    }
}
