package io.github.appstream4j.testing.internal.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.ImageBuilderStateChangeReason;
import software.amazon.awssdk.services.appstream.model.ResourceError;

/**
 * One image builder: its current value and a timeline of future state changes, applied lazily whenever the
 * builder is looked at ({@link #settle}), so that no thread is needed to make time pass. Guarded by the
 * owning {@link FakeService}.
 */
final class BuilderRecord {

    /** A future change; {@code remove} makes the builder disappear. */
    private record Step(Instant at, long order, String state, ImageBuilderStateChangeReason reason,
            List<ResourceError> errors, boolean remove) {
    }

    private static final Comparator<Step> BY_TIME = Comparator.comparing(Step::at).thenComparingLong(Step::order);

    private final List<Step> timeline = new ArrayList<>();
    private ImageBuilder value;
    private long steps;
    private boolean removed;
    private String staleState;
    private int staleReads;
    private Instant staleUntil;

    BuilderRecord(ImageBuilder value) {
        this.value = value;
    }

    ImageBuilder value() {
        return value;
    }

    String state() {
        return value.stateAsString();
    }

    boolean removed() {
        return removed;
    }

    void settle(Instant now) {
        while (!timeline.isEmpty() && !timeline.get(0).at().isAfter(now)) {
            apply(timeline.remove(0));
        }
        if (staleUntil != null && !staleUntil.isAfter(now)) {
            staleUntil = null;
        }
    }

    private void apply(Step step) {
        if (step.remove()) {
            removed = true;
            timeline.clear();
            return;
        }
        value = value.toBuilder().state(step.state()).stateChangeReason(step.reason())
                .imageBuilderErrors(step.errors()).build();
        if (ImageBuilderState.DELETING.toString().equals(step.state())) {
            // Once deleting, nothing but the removal may follow: a pending RUNNING must not resurrect it.
            timeline.removeIf(s -> !s.remove());
        }
    }

    /** Sets the state now, clearing the reason and errors, and forgets planned changes. */
    void enter(String state) {
        timeline.clear();
        staleState = null;
        staleReads = 0;
        staleUntil = null;
        value = value.toBuilder().state(state).stateChangeReason((ImageBuilderStateChangeReason) null)
                .imageBuilderErrors(List.of()).build();
    }

    void update(ImageBuilder newValue) {
        value = newValue;
    }

    void plan(Instant at, String state) {
        plan(at, state, null, List.of());
    }

    void plan(Instant at, String state, ImageBuilderStateChangeReason reason, List<ResourceError> errors) {
        add(new Step(at, steps++, state, reason, errors, false));
    }

    void planRemoval(Instant at) {
        add(new Step(at, steps++, null, null, List.of(), true));
    }

    /** Deletion by someone else: DELETING at {@code at}, gone after {@code deleting}. */
    void planDeletion(Instant at, Duration deleting) {
        plan(at, ImageBuilderState.DELETING.toString());
        planRemoval(at.plus(deleting));
    }

    private void add(Step step) {
        timeline.add(step);
        timeline.sort(BY_TIME);
    }

    void staleAfterStart(String previousState, int reads, Instant until) {
        staleState = previousState;
        staleReads = reads;
        staleUntil = until;
    }

    /** The value a describe shows: possibly the state before the last start, for a scripted while. */
    ImageBuilder described(Instant now) {
        if (staleState == null) {
            return value;
        }
        if (staleReads > 0) {
            staleReads--;
        } else if (staleUntil == null || !staleUntil.isAfter(now)) {
            staleState = null;
            return value;
        }
        return value.toBuilder().state(staleState).build();
    }
}
