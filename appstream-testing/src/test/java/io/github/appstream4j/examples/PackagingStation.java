package io.github.appstream4j.examples;

import io.github.appstream4j.ImageBuilderFailedException;
import io.github.appstream4j.ImageBuilderNotFoundException;
import io.github.appstream4j.ImageBuilderWaitTimeoutException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.StateChangeReason;
import java.time.Duration;

/** Application code under test in the examples: gets a team's image builder ready for packaging apps. */
public class PackagingStation {
    /** What the station tells its user. */
    public record Status(String builder, boolean ready, String detail) {
    }

    private final ImageBuilders builders;

    public PackagingStation(ImageBuilders builders) {
        this.builders = builders;
    }

    /** Starts the builder and waits until it is RUNNING, for at most 40 minutes. */
    public Status open(String builder) {
        try {
            ImageBuilder running = builders.start(builder).awaitRunning(Duration.ofMinutes(40));
            return new Status(builder, true, running.arn().orElse(builder));
        } catch (ImageBuilderFailedException e) {
            String why = e.lastSeen().flatMap(ImageBuilder::stateChangeReason)
                    .flatMap(StateChangeReason::message).orElse("no reason given");
            return new Status(builder, false, "failed: " + why);
        } catch (ImageBuilderNotFoundException e) {
            return new Status(builder, false, "no such builder");
        } catch (ImageBuilderWaitTimeoutException e) {
            String state = e.lastSeen().flatMap(ImageBuilder::stateAsString).orElse("unknown");
            return new Status(builder, false, "still " + state + " after " + e.elapsed().toMinutes() + " min");
        }
    }
}
