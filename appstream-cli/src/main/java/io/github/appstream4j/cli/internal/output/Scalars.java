package io.github.appstream4j.cli.internal.output;

import com.fasterxml.jackson.databind.JsonNode;

/** Scalar rendering shared by the text and table formats: Python's {@code str()} of the parsed value. */
final class Scalars {
    private Scalars() {
    }

    static boolean isScalar(JsonNode node) {
        return !node.isContainerNode();
    }

    static String str(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "None";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        return node.asText();
    }
}
