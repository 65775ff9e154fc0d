package io.github.appstream4j.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/** --debug lines on stderr, shaped like the AWS CLI's: time, thread, logger, level, message. */
final class DebugLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    private final boolean enabled;
    private final PrintStream err;
    private final Clock clock;

    DebugLog(boolean enabled, PrintStream err, Clock clock) {
        this.enabled = enabled;
        this.err = err;
        this.clock = clock;
    }

    boolean enabled() {
        return enabled;
    }

    void log(String message) {
        if (enabled) {
            String time = TIME.format(clock.instant().atZone(java.time.ZoneOffset.UTC));
            synchronized (err) {
                err.println(time + " - " + Thread.currentThread().getName() + " - appstream.cli - DEBUG - " + message);
            }
        }
    }
}
