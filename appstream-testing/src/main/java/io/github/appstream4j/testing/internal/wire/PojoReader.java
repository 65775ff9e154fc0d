package io.github.appstream4j.testing.internal.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Fills an SDK builder from an awsJson 1.1 object, driven by the builder's own {@code sdkFields()}, so a
 * member the SDK gains flows through without a change here. Only JSON shapes and types are checked; member
 * constraints (patterns, lengths, required) are the served client's business. Unknown members are ignored,
 * as AWS does, and {@code null} means absent.
 */
final class PojoReader {
    /** Epoch-second bounds of {@link Instant}, as BigDecimals to compare before converting. */
    private static final BigDecimal MIN_SECONDS = BigDecimal.valueOf(Instant.MIN.getEpochSecond());
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
    private static final int MAX_SCALE = 1_000;

    private static final Map<Class<?>, Map<String, SdkField<?>>> FIELDS_BY_CLASS = new ConcurrentHashMap<>();

    private PojoReader() {
    }

    /**
     * Reads {@code node} into a fresh builder from {@code builder} and builds it.
     *
     * @throws WireException SerializationException when a member has the wrong JSON type
     */
    static Object read(JsonNode node, SdkPojo builder) {
        if (!node.isObject()) {
            throw WireException.serialization("Expected a JSON object as the request body but got " + kind(node));
        }
        return readObject(node, builder, "");
    }

    private static Object readObject(JsonNode node, SdkPojo builder, String path) {
        Map<String, SdkField<?>> fields = payloadFields(builder);
        for (Map.Entry<String, JsonNode> member : node.asObject().entrySet()) {
            SdkField<?> field = fields.get(member.getKey());
            if (field == null || member.getValue().isNull()) {
                continue;
            }
            String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            field.set(builder, readValue(field, member.getValue(), memberPath));
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static Map<String, SdkField<?>> payloadFields(SdkPojo builder) {
        return FIELDS_BY_CLASS.computeIfAbsent(builder.getClass(), type -> {
            Map<String, SdkField<?>> byName = new LinkedHashMap<>();
            for (SdkField<?> field : builder.sdkFields()) {
                if (field.location() == MarshallLocation.PAYLOAD) {
                    byName.put(field.locationName(), field);
                }
            }
            return byName;
        });
    }

    private static Object readValue(SdkField<?> field, JsonNode node, String path) {
        switch (field.marshallingType().getKnownType()) {
            case STRING:
                return expect(node.isString(), node, "a string", path).asString();
            case BOOLEAN:
                return expect(node.isBoolean(), node, "a boolean", path).asBoolean();
            case INTEGER:
                return integral(node, path, BigDecimal::intValueExact);
            case LONG:
                return integral(node, path, BigDecimal::longValueExact);
            case SHORT:
                return integral(node, path, BigDecimal::shortValueExact);
            case BYTE:
                return integral(node, path, BigDecimal::byteValueExact);
            case FLOAT:
                return (float) finite(node, path);
            case DOUBLE:
                return finite(node, path);
            case BIG_DECIMAL:
                return number(node, path);
            case INSTANT:
                return instant(node, path);
            case SDK_BYTES:
                return bytes(node, path);
            case SDK_POJO:
                expect(node.isObject(), node, "an object", path);
                return readObject(node, field.constructor().get(), path);
            case LIST:
                return list(field, node, path);
            case MAP:
                return map(field, node, path);
            default:
                throw WireException.serialization("Member " + path + " cannot be read by this server");
        }
    }

    private static List<Object> list(SdkField<?> field, JsonNode node, String path) {
        expect(node.isArray(), node, "an array", path);
        SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
        List<JsonNode> elements = node.asArray();
        List<Object> values = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = path + "[" + i + "]";
            JsonNode element = elements.get(i);
            if (element.isNull()) {
                throw WireException.serialization("Expected a value at " + elementPath + " but got null");
            }
            values.add(readValue(member, element, elementPath));
        }
        return values;
    }

    private static Map<String, Object> map(SdkField<?> field, JsonNode node, String path) {
        expect(node.isObject(), node, "an object", path);
        SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.asObject().entrySet()) {
            String entryPath = path + "." + entry.getKey();
            if (entry.getValue().isNull()) {
                throw WireException.serialization("Expected a value at " + entryPath + " but got null");
            }
            values.put(entry.getKey(), readValue(valueField, entry.getValue(), entryPath));
        }
        return values;
    }

    private static BigDecimal number(JsonNode node, String path) {
        expect(node.isNumber(), node, "a number", path);
        BigDecimal value;
        try {
            value = new BigDecimal(node.asNumber());
        } catch (NumberFormatException e) {
            throw WireException.serialization("Member " + path + " is not a representable number");
        }
        // an exponent like 1e-999999999 would make later rescaling compute a giant power of ten
        if (Math.abs((long) value.scale()) > MAX_SCALE) {
            throw WireException.serialization("Member " + path + " is out of range: " + abbreviate(node.asNumber()));
        }
        return value;
    }

    private static Object integral(JsonNode node, String path, Function<BigDecimal, Object> exact) {
        BigDecimal value = number(node, path);
        // the exact conversions reject fractions and overflow cheaply, even for 1e999999
        try {
            return exact.apply(value);
        } catch (ArithmeticException e) {
            throw WireException.serialization("Member " + path + " must be an integer in range but was "
                    + abbreviate(node.asNumber()));
        }
    }

    private static double finite(JsonNode node, String path) {
        double value = number(node, path).doubleValue();
        if (Double.isInfinite(value)) {
            throw WireException.serialization("Member " + path + " is out of range: " + abbreviate(node.asNumber()));
        }
        return value;
    }

    private static Instant instant(JsonNode node, String path) {
        BigDecimal seconds = number(node, path);
        if (seconds.compareTo(MIN_SECONDS) < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
            throw WireException.serialization("Timestamp " + path + " is out of range: " + abbreviate(node.asNumber()));
        }
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).multiply(NANOS_PER_SECOND).setScale(0, RoundingMode.DOWN).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    private static SdkBytes bytes(JsonNode node, String path) {
        expect(node.isString(), node, "a base64 string", path);
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(node.asString()));
        } catch (IllegalArgumentException e) {
            throw WireException.serialization("Member " + path + " is not valid base64");
        }
    }

    private static JsonNode expect(boolean ok, JsonNode node, String expected, String path) {
        if (!ok) {
            throw WireException.serialization("Expected " + expected + " for " + path + " but got " + kind(node));
        }
        return node;
    }

    static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isNumber() ? "a number" : "an unsupported value";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
