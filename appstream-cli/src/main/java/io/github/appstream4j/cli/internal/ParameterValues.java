package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * Turns the strings given to one parameter option into the member's JSON value, as the AWS CLI does: JSON when the
 * value looks like JSON, shorthand otherwise, {@code file://path} read first.
 */
final class ParameterValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ParameterValues() {
    }

    static JsonNode toJson(String option, SdkField<?> field, List<String> raw, Path workingDirectory) {
        try {
            List<String> values = raw.stream().map(v -> resolveFile(option, v, workingDirectory)).toList();
            return convert(field, values);
        } catch (IllegalArgumentException e) {
            throw new CliException.ParamParse(option, e.getMessage());
        }
    }

    /** {@code file://path}: the parameter's value is the file's content (relative paths from the working directory). */
    static String resolveFile(String option, String value, Path workingDirectory) {
        if (!value.startsWith("file://")) {
            return value;
        }
        Path path = workingDirectory.resolve(value.substring("file://".length()));
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException.ParamParse(option, "Unable to load paramfile " + value + ": " + e);
        }
    }

    private static JsonNode convert(SdkField<?> field, List<String> values) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST) {
            if (values.size() == 1 && values.get(0).trim().startsWith("[")) {
                return json(values.get(0));
            }
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode list = NODES.arrayNode();
            for (String value : values) {
                list.add(convert(member, List.of(value)));
            }
            return list;
        }
        if (type == MarshallingType.MAP) {
            if (values.size() == 1 && values.get(0).trim().startsWith("{")) {
                return json(values.get(0));
            }
            ObjectNode map = NODES.objectNode();
            for (String value : values) {
                map.setAll((ObjectNode) coerce(field, Shorthand.parse(value)));
            }
            return map;
        }
        String value = single(values);
        if (type == MarshallingType.SDK_POJO) {
            return value.trim().startsWith("{") ? json(value) : coerce(field, Shorthand.parse(value));
        }
        return coerce(field, NODES.textNode(value));
    }

    private static String single(List<String> values) {
        if (values.size() != 1) {
            throw new IllegalArgumentException("expected one value but got " + values.size());
        }
        return values.get(0);
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid JSON: " + e.getOriginalMessage() + "\nJSON received: " + value);
        }
    }

    /** Shorthand yields strings; make them the member's type (a lone value where a list goes becomes a list). */
    static JsonNode coerce(SdkField<?> field, JsonNode node) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode list = NODES.arrayNode();
            if (node.isArray()) {
                node.forEach(e -> list.add(coerce(member, e)));
            } else {
                list.add(coerce(member, node));
            }
            return list;
        }
        if (type == MarshallingType.MAP && node.isObject()) {
            SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            ObjectNode map = NODES.objectNode();
            node.fields().forEachRemaining(e -> map.set(e.getKey(), coerce(valueField, e.getValue())));
            return map;
        }
        if (type == MarshallingType.SDK_POJO && node.isObject()) {
            Map<String, SdkField<?>> fields = new LinkedHashMap<>();
            field.constructor().get().sdkFields().forEach(f -> fields.put(f.locationName(), f));
            ObjectNode struct = NODES.objectNode();
            node.fields().forEachRemaining(e -> {
                SdkField<?> f = fields.get(e.getKey());
                struct.set(e.getKey(), f == null ? e.getValue() : coerce(f, e.getValue()));
            });
            return struct;
        }
        if (!node.isTextual()) {
            return node;
        }
        return scalar(type, node.textValue());
    }

    private static JsonNode scalar(MarshallingType<?> type, String text) {
        String t = text.trim();
        if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
            try {
                return NODES.numberNode(Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid literal for int() with base 10: '" + text + "'");
            }
        }
        if (type == MarshallingType.BOOLEAN) {
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return NODES.booleanNode(Boolean.parseBoolean(t));
            }
            throw new IllegalArgumentException("invalid boolean value: '" + text + "'");
        }
        if (type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT) {
            try {
                return NODES.numberNode(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("could not convert string to float: '" + text + "'");
            }
        }
        return NODES.textNode(text);
    }
}
