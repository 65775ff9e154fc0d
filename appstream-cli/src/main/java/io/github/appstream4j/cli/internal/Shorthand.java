package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * The AWS CLI's shorthand syntax: {@code Key=value,List=a,b,Other=[x,y],Nested={K=v}}, with quoted values.
 * Produces untyped nodes (strings, lists, objects); {@link ParameterValues} coerces them to the member types.
 */
final class Shorthand {
    private static final Pattern NEXT_KEY = Pattern.compile("\\s*[A-Za-z0-9_\\-.:/@]+\\s*=.*", Pattern.DOTALL);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final String input;
    private int pos;

    private Shorthand(String input) {
        this.input = input;
    }

    /** Parses {@code input}; throws {@link IllegalArgumentException} with the AWS CLI's message on bad syntax. */
    static ObjectNode parse(String input) {
        Shorthand parser = new Shorthand(input);
        ObjectNode result = parser.keyvals('\0');
        if (parser.pos < input.length()) {
            throw parser.error("EOF");
        }
        return result;
    }

    private ObjectNode keyvals(char end) {
        ObjectNode node = NODES.objectNode();
        while (true) {
            String key = key();
            expect('=');
            node.set(key, values(end));
            skipSpaces();
            if (pos < input.length() && input.charAt(pos) == ',') {
                pos++;
                continue;
            }
            return node;
        }
    }

    private String key() {
        skipSpaces();
        int start = pos;
        while (pos < input.length() && "=,[]{}".indexOf(input.charAt(pos)) < 0) {
            pos++;
        }
        String key = input.substring(start, pos).trim();
        if (key.isEmpty()) {
            throw error("key");
        }
        return key;
    }

    private JsonNode values(char end) {
        skipSpaces();
        if (pos >= input.length()) {
            return NODES.textNode("");
        }
        char c = input.charAt(pos);
        if (c == '[') {
            return explicitList();
        }
        if (c == '{') {
            pos++;
            ObjectNode hash = keyvals('}');
            expect('}');
            return hash;
        }
        JsonNode first = value();
        ArrayNode list = null;
        while (pos < input.length() && input.charAt(pos) == ',' && !NEXT_KEY.matcher(input.substring(pos + 1)).matches()
                && end != ']') {
            pos++;
            if (list == null) {
                list = NODES.arrayNode().add(first);
            }
            list.add(value());
        }
        return list == null ? first : list;
    }

    private ArrayNode explicitList() {
        expect('[');
        ArrayNode list = NODES.arrayNode();
        skipSpaces();
        if (pos < input.length() && input.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpaces();
            if (pos < input.length() && input.charAt(pos) == '{') {
                pos++;
                list.add(keyvals('}'));
                expect('}');
            } else {
                list.add(value());
            }
            skipSpaces();
            if (pos < input.length() && input.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect(']');
            return list;
        }
    }

    private JsonNode value() {
        skipSpaces();
        if (pos < input.length() && (input.charAt(pos) == '"' || input.charAt(pos) == '\'')) {
            char quote = input.charAt(pos++);
            StringBuilder out = new StringBuilder();
            while (pos < input.length() && input.charAt(pos) != quote) {
                char c = input.charAt(pos++);
                if (c == '\\' && pos < input.length()) {
                    c = input.charAt(pos++);
                }
                out.append(c);
            }
            expect(quote);
            return NODES.textNode(out.toString());
        }
        int start = pos;
        while (pos < input.length() && ",]}".indexOf(input.charAt(pos)) < 0) {
            pos++;
        }
        return NODES.textNode(input.substring(start, pos).trim());
    }

    private void skipSpaces() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
    }

    private void expect(char c) {
        skipSpaces();
        if (pos >= input.length() || input.charAt(pos) != c) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private IllegalArgumentException error(String expected) {
        String received = pos >= input.length() ? "'EOF'" : "'" + input.charAt(pos) + "'";
        return new IllegalArgumentException("Expected: " + expected + ", received: " + received + " for input:\n"
                + input + "\n" + " ".repeat(Math.min(pos, input.length())) + "^");
    }
}
