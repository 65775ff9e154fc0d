package io.github.appstream4j.testing.internal.fake;

import java.util.Set;

/** The classes of image-builder states the fake's rules speak of, on wire values. */
final class States {

    static final String PENDING = "PENDING";
    static final String RUNNING = "RUNNING";
    static final String STOPPING = "STOPPING";
    static final String STOPPED = "STOPPED";
    static final String DELETING = "DELETING";
    static final String FAILED = "FAILED";

    private static final Set<String> TOWARD_RUNNING = Set.of(PENDING, "UPDATING_AGENT", "REBOOTING", "UPDATING",
            "PENDING_QUALIFICATION", "PENDING_SYNCING_APPS", "SYNCING_APPS", "PENDING_IMAGE_IMPORT");
    private static final Set<String> TOWARD_STOPPED = Set.of(STOPPING, "SNAPSHOTTING");

    private States() {
    }

    static boolean towardRunning(String state) {
        return TOWARD_RUNNING.contains(state);
    }

    static boolean towardStopped(String state) {
        return TOWARD_STOPPED.contains(state);
    }

    static boolean transitional(String state) {
        return towardRunning(state) || towardStopped(state);
    }
}
