package io.github.appstream4j.testing.internal.wire;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * Writes an SDK response object as an awsJson 1.1 body from its own {@code sdkFields()}: members under
 * their wire names, absent members (and lists/maps the SDK auto-constructed) left out, timestamps as epoch
 * seconds with milliseconds, as AWS sends them.
 */
final class PojoWriter {
    private PojoWriter() {
    }

    static byte[] write(SdkPojo pojo) {
        JsonWriter writer = JsonWriter.create();
        writePojo(writer, pojo);
        return writer.getBytes();
    }

    /** The error body AWS sends: {@code {"__type": code, "message": message}}. */
    static byte[] error(String errorCode, String message) {
        JsonWriter writer = JsonWriter.create();
        writer.writeStartObject().writeFieldName("__type").writeValue(errorCode);
        if (message != null) {
            writer.writeFieldName("message").writeValue(message);
        }
        writer.writeEndObject();
        return writer.getBytes();
    }

    private static void writePojo(JsonWriter writer, SdkPojo pojo) {
        writer.writeStartObject();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (field.location() != MarshallLocation.PAYLOAD || absent(value)) {
                continue;
            }
            writer.writeFieldName(field.locationName());
            writeValue(writer, field, value);
        }
        writer.writeEndObject();
    }

    private static boolean absent(Object value) {
        return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap;
    }

    private static void writeValue(JsonWriter writer, SdkField<?> field, Object value) {
        switch (field.marshallingType().getKnownType()) {
            case STRING:
                writer.writeValue((String) value);
                break;
            case BOOLEAN:
                writer.writeValue((Boolean) value);
                break;
            case INTEGER:
            case LONG:
            case SHORT:
            case BYTE:
                writer.writeValue(((Number) value).longValue());
                break;
            case FLOAT:
            case DOUBLE:
                writer.writeValue(((Number) value).doubleValue());
                break;
            case BIG_DECIMAL:
                writer.writeValue((BigDecimal) value);
                break;
            case INSTANT:
                writer.writeValue((Instant) value);
                break;
            case SDK_BYTES:
                writer.writeValue(((SdkBytes) value).asByteBuffer());
                break;
            case SDK_POJO:
                writePojo(writer, (SdkPojo) value);
                break;
            case LIST:
                writeList(writer, field.getRequiredTrait(ListTrait.class).memberFieldInfo(), (List<?>) value);
                break;
            case MAP:
                writeMap(writer, field.getRequiredTrait(MapTrait.class).valueFieldInfo(), (Map<?, ?>) value);
                break;
            default:
                throw new IllegalStateException("Member " + field.locationName() + " has an unsupported type "
                        + field.marshallingType());
        }
    }

    private static void writeList(JsonWriter writer, SdkField<?> member, List<?> values) {
        writer.writeStartArray();
        for (Object element : values) {
            if (element == null) {
                writer.writeNull();
            } else {
                writeValue(writer, member, element);
            }
        }
        writer.writeEndArray();
    }

    private static void writeMap(JsonWriter writer, SdkField<?> valueField, Map<?, ?> values) {
        writer.writeStartObject();
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            writer.writeFieldName(String.valueOf(entry.getKey()));
            if (entry.getValue() == null) {
                writer.writeNull();
            } else {
                writeValue(writer, valueField, entry.getValue());
            }
        }
        writer.writeEndObject();
    }
}
