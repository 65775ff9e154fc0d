package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * {@code --generate-cli-skeleton}: botocore's ArgumentGenerator over the SDK shapes. Input skeletons hold empty
 * strings (or an enum's first value), 0 and true; output skeletons hold the member names as sample strings.
 */
final class Skeletons {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Skeletons() {
    }

    static ObjectNode input(Operation operation) {
        ObjectNode node = structure(operation.request.get(), false, new ArrayDeque<>());
        operation.extraBooleanMembers.forEach(m -> node.put(m, true));
        return node;
    }

    static ObjectNode output(Operation operation) {
        return structure(operation.response.get(), true, new ArrayDeque<>());
    }

    private static ObjectNode structure(SdkPojo shape, boolean memberNames, Deque<String> stack) {
        ObjectNode node = NODES.objectNode();
        String shapeName = Members.shapeName(shape);
        if (stack.contains(shapeName)) {
            return node;
        }
        stack.push(shapeName);
        for (SdkField<?> field : shape.sdkFields()) {
            node.set(field.locationName(), value(shape, field, field.locationName(), memberNames, stack));
        }
        stack.pop();
        return node;
    }

    private static JsonNode value(SdkPojo owner, SdkField<?> field, String memberName, boolean memberNames,
            Deque<String> stack) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return structure(field.constructor().get(), memberNames, stack);
        }
        if (type == MarshallingType.LIST) {
            ArrayNode list = NODES.arrayNode();
            list.add(value(owner, field.getRequiredTrait(ListTrait.class).memberFieldInfo(), memberName, memberNames, stack));
            return list;
        }
        if (type == MarshallingType.MAP) {
            ObjectNode map = NODES.objectNode();
            map.set("KeyName", value(owner, field.getRequiredTrait(MapTrait.class).valueFieldInfo(), memberName,
                    memberNames, stack));
            return map;
        }
        if (type == MarshallingType.STRING) {
            if (memberNames) {
                return NODES.textNode(memberName);
            }
            List<String> values = Members.enumValues(owner, field);
            return NODES.textNode(values.isEmpty() ? "" : values.get(0));
        }
        if (type == MarshallingType.BOOLEAN) {
            return NODES.booleanNode(true);
        }
        if (type == MarshallingType.INSTANT) {
            return NODES.textNode("1970-01-01T00:00:00");
        }
        if (type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT) {
            return NODES.numberNode(0.0);
        }
        return NODES.numberNode(0);
    }

    /** The yaml-input skeleton: block YAML with a comment on each member (required, valid values). */
    static String yamlInput(Operation operation) {
        StringBuilder out = new StringBuilder();
        SdkPojo request = operation.request.get();
        List<String> required = Members.required(request);
        yaml(request, required, 0, out, new ArrayDeque<>());
        for (String extra : operation.extraBooleanMembers) {
            out.append(extra).append(": true  # ").append(MemberDocs.describe(extra)).append('\n');
        }
        return out.toString();
    }

    private static void yaml(SdkPojo shape, List<String> required, int indent, StringBuilder out, Deque<String> stack) {
        String shapeName = Members.shapeName(shape);
        if (stack.contains(shapeName)) {
            return;
        }
        stack.push(shapeName);
        String pad = "  ".repeat(indent);
        for (SdkField<?> field : shape.sdkFields()) {
            String name = field.locationName();
            MarshallingType<?> type = field.marshallingType();
            String comment = comment(shape, field, required.contains(name));
            if (type == MarshallingType.SDK_POJO) {
                out.append(pad).append(name).append(":").append(comment).append('\n');
                SdkPojo nested = field.constructor().get();
                yaml(nested, Members.required(nested), indent + 1, out, stack);
            } else if (type == MarshallingType.LIST) {
                SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
                out.append(pad).append(name).append(":").append(comment).append('\n');
                if (member.marshallingType() == MarshallingType.SDK_POJO) {
                    SdkPojo nested = member.constructor().get();
                    StringBuilder inner = new StringBuilder();
                    yaml(nested, Members.required(nested), indent + 1, inner, stack);
                    out.append(pad).append("- ").append(inner.substring(Math.min(inner.length(), pad.length() + 2)));
                } else {
                    out.append(pad).append("- ").append(scalarYaml(shape, member)).append('\n');
                }
            } else if (type == MarshallingType.MAP) {
                out.append(pad).append(name).append(":").append(comment).append('\n');
                out.append(pad).append("  KeyName: ''").append('\n');
            } else {
                out.append(pad).append(name).append(": ").append(scalarYaml(shape, field)).append(comment).append('\n');
            }
        }
        stack.pop();
    }

    private static String scalarYaml(SdkPojo owner, SdkField<?> field) {
        JsonNode value = value(owner, field, field.locationName(), false, new ArrayDeque<>());
        if (value.isTextual()) {
            return value.textValue().isEmpty() ? "''" : value.textValue();
        }
        return value.asText();
    }

    private static String comment(SdkPojo owner, SdkField<?> field, boolean required) {
        StringBuilder c = new StringBuilder("  # ");
        if (required) {
            c.append("[REQUIRED] ");
        }
        c.append(MemberDocs.describe(field.locationName()));
        List<String> values = Members.enumValues(owner, field);
        if (!values.isEmpty()) {
            c.append(" Valid values are: ").append(String.join(", ", values)).append('.');
        }
        return c.toString().stripTrailing();
    }

    static Map<String, String> modes() {
        return Map.of("input", "JSON input skeleton", "yaml-input", "YAML input skeleton", "output", "sample output");
    }
}
