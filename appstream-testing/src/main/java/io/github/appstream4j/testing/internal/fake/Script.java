package io.github.appstream4j.testing.internal.fake;

import java.time.Duration;
import java.util.List;

/**
 * What a scripted image builder does differently from the defaults; null durations mean "the default".
 *
 * @param startPhases the states shown while starting, each for its duration; empty means PENDING for the start
 *     duration
 * @param stopPhases the states shown while stopping; empty means STOPPING for the stop duration
 * @param failure how a start ends in FAILED, or null for RUNNING
 * @param deletedAfterStart after a start, the image builder is deleted by someone else after this, or null
 * @param staleReads after a start, this many describes still show the state before the start
 * @param staleFor after a start, describes show the state before the start for this long, or null
 */
public record Script(
        Duration startDuration,
        Duration stopDuration,
        Duration deleteDuration,
        List<Phase> startPhases,
        List<Phase> stopPhases,
        Failure failure,
        Duration deletedAfterStart,
        int staleReads,
        Duration staleFor) {

    public static final Script NONE = new Script(null, null, null, List.of(), List.of(), null, null, 0, null);

    public Script {
        startPhases = List.copyOf(startPhases);
        stopPhases = List.copyOf(stopPhases);
    }

    /** A state shown for a while during a transition. */
    public record Phase(String state, Duration duration) {
    }

    /** A StateChangeReason and ImageBuilderErrors that end a start in FAILED. */
    public record Failure(String reasonCode, String reasonMessage, List<ErrorSpec> errors) {
        public Failure {
            errors = List.copyOf(errors);
        }
    }

    /** One ResourceError; its timestamp is the instant of the failure. */
    public record ErrorSpec(String code, String message) {
    }
}
