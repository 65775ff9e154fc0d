package io.github.appstream4j.cli.internal.output;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Writes JSON the way the AWS CLI does ({@code json.dumps(indent=4, ensure_ascii=False)}): 4 spaces, ": ", one element a line. */
public final class JsonWriter {
    private JsonWriter() {
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out, 0);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, StringBuilder out, int depth) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            writeObject(node, out, depth);
        } else if (node.isArray()) {
            writeArray(node, out, depth);
        } else if (node.isTextual()) {
            quote(node.textValue(), out);
        } else {
            out.append(node.asText());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            newline(out, depth + 1);
            quote(field.getKey(), out);
            out.append(": ");
            write(field.getValue(), out, depth + 1);
            if (fields.hasNext()) {
                out.append(',');
            }
        }
        newline(out, depth);
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            newline(out, depth + 1);
            write(node.get(i), out, depth + 1);
            if (i < node.size() - 1) {
                out.append(',');
            }
        }
        newline(out, depth);
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        out.append("    ".repeat(depth));
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}
