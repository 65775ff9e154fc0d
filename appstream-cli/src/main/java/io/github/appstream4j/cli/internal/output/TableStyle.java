package io.github.appstream4j.cli.internal.output;

/** ANSI styling of table parts, as the AWS CLI's colorized styler does it; a no-op without color. */
final class TableStyle {
    private static final String RESET = "\u001b[0m";
    private final boolean color;

    TableStyle(boolean color) {
        this.color = color;
    }

    String title(String text) {
        return color ? "\u001b[1m" + text + RESET : text;
    }

    String header(String text) {
        return color ? "\u001b[1m" + text + RESET : text;
    }

    String cell(String text) {
        return color ? "\u001b[1m\u001b[34m" + text + RESET : text;
    }

    String indentation(String text) {
        return color && !text.isEmpty() ? "\u001b[2m\u001b[33m" + text + RESET : text;
    }
}
