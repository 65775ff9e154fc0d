package io.github.appstream4j.testing.internal.fake;

import io.github.appstream4j.testing.FakeDurations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.appstream.model.ImageBuilderStateChangeReason;
import software.amazon.awssdk.services.appstream.model.ResourceError;

/** Plans the timelines of starts, stops and deletions from the defaults and a builder's script. */
final class Transitions {

    private final FakeDurations defaults;

    Transitions(FakeDurations defaults) {
        this.defaults = defaults;
    }

    Duration start(Script s) {
        return s.startDuration() != null ? s.startDuration() : defaults.start();
    }

    Duration stop(Script s) {
        return s.stopDuration() != null ? s.stopDuration() : defaults.stop();
    }

    Duration delete(Script s) {
        return s.deleteDuration() != null ? s.deleteDuration() : defaults.delete();
    }

    /** A start (or create): the scripted phases, then RUNNING or the scripted FAILED. */
    void planStart(BuilderRecord record, Script s, Instant now) {
        String before = record.state();
        List<Script.Phase> phases = s.startPhases().isEmpty()
                ? List.of(new Script.Phase(States.PENDING, start(s))) : s.startPhases();
        Instant end = planPhases(record, phases, now);
        if (s.failure() == null) {
            record.plan(end, States.RUNNING);
        } else {
            record.plan(end, States.FAILED, reason(s.failure()), errors(s.failure(), end));
        }
        if (s.deletedAfterStart() != null) {
            record.planDeletion(now.plus(s.deletedAfterStart()), delete(s));
        }
        if (before != null && (s.staleReads() > 0 || s.staleFor() != null)) {
            record.staleAfterStart(before, s.staleReads(), s.staleFor() == null ? null : now.plus(s.staleFor()));
        }
    }

    void planStop(BuilderRecord record, Script s, Instant now) {
        List<Script.Phase> phases = s.stopPhases().isEmpty()
                ? List.of(new Script.Phase(States.STOPPING, stop(s))) : s.stopPhases();
        record.plan(planPhases(record, phases, now), States.STOPPED);
    }

    void planDelete(BuilderRecord record, Script s, Instant now) {
        record.enter(States.DELETING);
        record.planRemoval(now.plus(delete(s)));
    }

    /** A seeded transitional state runs to its natural end. */
    void planSeeded(BuilderRecord record, Script s, Instant now) {
        String state = record.state();
        if (States.towardRunning(state)) {
            record.plan(now.plus(start(s)), States.RUNNING);
        } else if (States.towardStopped(state)) {
            record.plan(now.plus(stop(s)), States.STOPPED);
        } else if (States.DELETING.equals(state)) {
            record.planRemoval(now.plus(delete(s)));
        }
    }

    private static Instant planPhases(BuilderRecord record, List<Script.Phase> phases, Instant now) {
        record.enter(phases.get(0).state());
        Instant t = now;
        for (int i = 0; i < phases.size(); i++) {
            t = t.plus(phases.get(i).duration());
            if (i + 1 < phases.size()) {
                record.plan(t, phases.get(i + 1).state());
            }
        }
        return t;
    }

    private static ImageBuilderStateChangeReason reason(Script.Failure f) {
        return ImageBuilderStateChangeReason.builder().code(f.reasonCode()).message(f.reasonMessage()).build();
    }

    private static List<ResourceError> errors(Script.Failure f, Instant at) {
        return f.errors().stream()
                .map(e -> ResourceError.builder().errorCode(e.code()).errorMessage(e.message()).errorTimestamp(at).build())
                .toList();
    }
}
