package io.github.appstream4j.cli.internal.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The AWS CLI's {@code text} format: a dict's scalars on one tab-separated row (keys sorted), prefixed with the
 * upper-cased key it came from; nested dicts and lists follow on their own rows.
 */
public final class TextWriter {
    private final StringBuilder out = new StringBuilder();

    private TextWriter() {
    }

    public static String write(JsonNode node) {
        TextWriter writer = new TextWriter();
        writer.format(node, null, null);
        return writer.out.toString();
    }

    private void format(JsonNode item, String identifier, List<String> scalarKeys) {
        if (item.isObject()) {
            formatDict(item, identifier, scalarKeys);
        } else if (item.isArray()) {
            formatList(item, identifier);
        } else {
            out.append(Scalars.str(item)).append('\n');
        }
    }

    private void formatList(JsonNode list, String identifier) {
        if (list.isEmpty()) {
            return;
        }
        boolean anyDict = false;
        boolean anyList = false;
        for (JsonNode element : list) {
            anyDict |= element.isObject();
            anyList |= element.isArray();
        }
        if (anyDict) {
            List<String> keys = allScalarKeys(list);
            for (JsonNode element : list) {
                format(element, identifier, keys);
            }
        } else if (anyList) {
            List<JsonNode> scalars = new ArrayList<>();
            List<JsonNode> others = new ArrayList<>();
            for (JsonNode element : list) {
                (element.isContainerNode() ? others : scalars).add(element);
            }
            if (!scalars.isEmpty()) {
                formatScalarList(scalars, identifier);
            }
            for (JsonNode other : others) {
                format(other, identifier, null);
            }
        } else {
            List<JsonNode> scalars = new ArrayList<>();
            list.forEach(scalars::add);
            formatScalarList(scalars, identifier);
        }
    }

    private void formatScalarList(List<JsonNode> elements, String identifier) {
        if (identifier != null) {
            for (JsonNode element : elements) {
                out.append(identifier.toUpperCase(java.util.Locale.ROOT)).append('\t').append(Scalars.str(element)).append('\n');
            }
        } else {
            List<String> values = new ArrayList<>();
            elements.forEach(e -> values.add(Scalars.str(e)));
            out.append(String.join("\t", values)).append('\n');
        }
    }

    private void formatDict(JsonNode dict, String identifier, List<String> scalarKeys) {
        List<String> scalars = new ArrayList<>();
        Map<String, JsonNode> nonScalars = new TreeMap<>();
        if (scalarKeys == null) {
            Map<String, JsonNode> sorted = sortedFields(dict);
            sorted.forEach((key, value) -> {
                if (value.isContainerNode()) {
                    nonScalars.put(key, value);
                } else {
                    scalars.add(Scalars.str(value));
                }
            });
        } else {
            for (String key : scalarKeys) {
                JsonNode value = dict.get(key);
                scalars.add(value == null ? "" : Scalars.str(value));
            }
            sortedFields(dict).forEach((key, value) -> {
                if (!scalarKeys.contains(key)) {
                    nonScalars.put(key, value);
                }
            });
        }
        if (!scalars.isEmpty()) {
            if (identifier != null) {
                scalars.add(0, identifier.toUpperCase(java.util.Locale.ROOT));
            }
            out.append(String.join("\t", scalars)).append('\n');
        }
        nonScalars.forEach((key, value) -> format(value, key, null));
    }

    private static List<String> allScalarKeys(JsonNode list) {
        TreeSet<String> keys = new TreeSet<>();
        for (JsonNode element : list) {
            if (element.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = element.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!field.getValue().isContainerNode()) {
                        keys.add(field.getKey());
                    }
                }
            }
        }
        return new ArrayList<>(keys);
    }

    static Map<String, JsonNode> sortedFields(JsonNode dict) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        dict.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
