package io.github.appstream4j.cli.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations on the command line: {@code 90} (seconds), {@code 90s}, {@code 20m}, {@code 1h30m}, {@code PT20M}. */
final class Durations {
    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Durations() {
    }

    static Duration parse(String option, String value) {
        String v = value.trim();
        Duration d = null;
        if (v.matches("\\d+")) {
            d = Duration.ofSeconds(Long.parseLong(v));
        } else if (v.toUpperCase(java.util.Locale.ROOT).startsWith("PT") || v.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
            try {
                d = Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
            } catch (DateTimeParseException e) {
                d = null;
            }
        } else {
            Matcher m = SHORT.matcher(v);
            if (!v.isEmpty() && m.matches()) {
                d = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
            }
        }
        if (d == null || d.isNegative() || d.isZero()) {
            throw new CliException.Usage("argument " + option + ": expected a positive duration such as 90s, 20m, "
                    + "1h30m or PT20M but was \"" + value + "\"");
        }
        return d;
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        if (s == 0) {
            return d.toMillis() + "ms";
        }
        if (s >= 3600) {
            return s / 3600 + "h" + (s % 3600 / 60 > 0 ? s % 3600 / 60 + "m" : "");
        }
        if (s >= 60) {
            return s / 60 + "m" + (s % 60 > 0 ? s % 60 + "s" : "");
        }
        return s + "s";
    }
}
