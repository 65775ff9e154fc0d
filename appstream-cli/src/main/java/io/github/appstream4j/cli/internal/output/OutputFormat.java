package io.github.appstream4j.cli.internal.output;

import java.util.Locale;

/** The values of {@code --output}. */
public enum OutputFormat {
    JSON, TEXT, TABLE, YAML, YAML_STREAM;

    /** The option value, e.g. {@code yaml-stream}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses an option value; null when it names no format. */
    public static OutputFormat parse(String value) {
        for (OutputFormat f : values()) {
            if (f.value().equals(value)) {
                return f;
            }
        }
        return null;
    }
}
