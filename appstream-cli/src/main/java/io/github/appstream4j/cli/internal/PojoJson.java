package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts SDK POJOs to JSON trees and back through {@link SdkPojo#sdkFields()}, so that member names are the
 * service's location names. Input is checked the way botocore checks it; all problems are reported at once.
 */
final class PojoJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private PojoJson() {
    }

    static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            JsonNode json = toJson(value, field);
            if (json != null) {
                node.set(field.locationName(), json);
            }
        }
        return node;
    }

    private static JsonNode toJson(Object value, SdkField<?> field) {
        if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
            return null;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return toJson((SdkPojo) value);
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            for (Object element : (Collection<?>) value) {
                JsonNode json = toJson(element, member);
                array.add(json == null ? NODES.nullNode() : json);
            }
            return array;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            ObjectNode object = NODES.objectNode();
            ((Map<?, ?>) value).forEach((k, v) -> {
                JsonNode json = toJson(v, valueField);
                object.set(String.valueOf(k), json == null ? NODES.nullNode() : json);
            });
            return object;
        }
        return scalar(value);
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof String) {
            return NODES.textNode((String) value);
        } else if (value instanceof Boolean) {
            return NODES.booleanNode((Boolean) value);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        } else if (value instanceof Long) {
            return NODES.numberNode((Long) value);
        } else if (value instanceof Float || value instanceof Double) {
            return NODES.numberNode(((Number) value).doubleValue());
        } else if (value instanceof BigDecimal) {
            return NODES.numberNode((BigDecimal) value);
        } else if (value instanceof Instant) {
            return NODES.textNode(timestamp((Instant) value));
        } else if (value instanceof SdkBytes) {
            return NODES.textNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
        }
        return NODES.textNode(String.valueOf(value));
    }

    /** ISO 8601 with offset as the AWS CLI prints it: microseconds only when there are any. */
    static String timestamp(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        DateTimeFormatter f = micros.getNano() == 0 ? SECONDS : MICROS;
        return f.format(micros.atOffset(ZoneOffset.UTC)) + "+00:00";
    }

    /** Builds a POJO from {@code node}; {@code where} names the place for messages ("input", "VpcConfig"). */
    static SdkPojo fromJson(JsonNode node, Supplier<SdkPojo> builder, String where, List<String> problems) {
        SdkPojo target = builder.get();
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        for (SdkField<?> field : target.sdkFields()) {
            fields.put(field.locationName(), field);
        }
        String prefix = "input".equals(where) ? "" : where + ".";
        node.fields().forEachRemaining(entry -> {
            SdkField<?> field = fields.get(entry.getKey());
            if (field == null) {
                problems.add("Unknown parameter in " + where + ": \"" + entry.getKey() + "\", must be one of: "
                        + String.join(", ", fields.keySet()));
                return;
            }
            Object value = fromJson(entry.getValue(), field, prefix + entry.getKey(), problems);
            if (value != null) {
                field.set(target, value);
            }
        });
        for (String required : Members.required(target)) {
            JsonNode value = node.get(required);
            if (value == null || value.isNull()) {
                problems.add("Missing required parameter in " + where + ": \"" + required + "\"");
            }
        }
        return (SdkPojo) ((SdkBuilder<?, ?>) target).build();
    }

    private static Object fromJson(JsonNode value, SdkField<?> field, String path, List<String> problems) {
        if (value.isNull()) {
            return null;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            if (!value.isObject()) {
                return typeProblem(value, path, "structure", problems);
            }
            return fromJson(value, field.constructor(), path, problems);
        }
        if (type == MarshallingType.LIST) {
            if (!value.isArray()) {
                return typeProblem(value, path, "list", problems);
            }
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                Object element = fromJson(value.get(i), member, path + "[" + i + "]", problems);
                if (element != null) {
                    list.add(element);
                }
            }
            return list;
        }
        if (type == MarshallingType.MAP) {
            if (!value.isObject()) {
                return typeProblem(value, path, "map", problems);
            }
            SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> {
                Object v = fromJson(e.getValue(), valueField, path + "." + e.getKey(), problems);
                if (v != null) {
                    map.put(e.getKey(), v);
                }
            });
            return map;
        }
        return scalarFromJson(value, type, path, problems);
    }

    private static Object scalarFromJson(JsonNode value, MarshallingType<?> type, String path, List<String> problems) {
        if (type == MarshallingType.STRING) {
            if (!value.isTextual()) {
                return typeProblem(value, path, "string", problems);
            }
            return value.textValue();
        }
        if (type == MarshallingType.BOOLEAN) {
            return value.isBoolean() ? value.booleanValue() : typeProblem(value, path, "boolean", problems);
        }
        if (type == MarshallingType.INTEGER) {
            return value.canConvertToInt() && value.isIntegralNumber() ? (Object) value.intValue()
                    : typeProblem(value, path, "integer", problems);
        }
        if (type == MarshallingType.LONG) {
            return value.canConvertToLong() && value.isIntegralNumber() ? (Object) value.longValue()
                    : typeProblem(value, path, "integer", problems);
        }
        if (type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT) {
            return value.isNumber() ? (Object) value.doubleValue() : typeProblem(value, path, "number", problems);
        }
        if (type == MarshallingType.INSTANT) {
            return instant(value, path, problems);
        }
        return typeProblem(value, path, "a supported type", problems);
    }

    private static Object instant(JsonNode value, String path, List<String> problems) {
        if (value.isNumber()) {
            return Instant.ofEpochMilli((long) (value.doubleValue() * 1000));
        }
        try {
            return java.time.OffsetDateTime.parse(value.asText()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return typeProblem(value, path, "timestamp", problems);
        }
    }

    private static Object typeProblem(JsonNode value, String path, String expected, List<String> problems) {
        problems.add("Invalid type for parameter " + path + ", value: " + value + ", type: " + typeName(value)
                + ", valid types: " + expected);
        return null;
    }

    private static String typeName(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isIntegralNumber()) {
            return "integer";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isArray()) {
            return "list";
        } else if (value.isObject()) {
            return "structure";
        }
        return value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
