package io.github.appstream4j.testing.internal.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A {@link Clock} that reads a {@link TimeEngine}. */
public final class VirtualClock extends Clock {

    private final TimeEngine engine;
    private final ZoneId zone;

    public VirtualClock(TimeEngine engine, ZoneId zone) {
        this.engine = engine;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new VirtualClock(engine, Objects.requireNonNull(newZone, "zone"));
    }

    @Override
    public Instant instant() {
        return engine.now();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VirtualClock clock && clock.engine == engine && clock.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(engine) * 31 + zone.hashCode();
    }

    @Override
    public String toString() {
        return "VirtualClock[" + zone + "]";
    }
}
