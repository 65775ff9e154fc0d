package io.github.appstream4j.cli.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/** What the SDK 2.40.2 POJOs do not say about their members: which are required, enum values, option names. */
final class Members {
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "StartImageBuilderRequest", List.of("Name"),
            "StopImageBuilderRequest", List.of("Name"),
            "DeleteImageBuilderRequest", List.of("Name"),
            "CreateImageBuilderRequest", List.of("Name", "InstanceType"),
            "AccessEndpoint", List.of("EndpointType"));

    private Members() {
    }

    static List<String> required(SdkPojo pojoOrBuilder) {
        return REQUIRED.getOrDefault(shapeName(pojoOrBuilder), List.of());
    }

    /** The shape a POJO or its builder stands for, e.g. {@code CreateImageBuilderRequest}. */
    static String shapeName(SdkPojo pojoOrBuilder) {
        Class<?> type = pojoOrBuilder.getClass();
        while (type.getEnclosingClass() != null) {
            type = type.getEnclosingClass();
        }
        return type.getSimpleName();
    }

    /** botocore's xform_name, with dashes: {@code DisableIMDSV1} becomes {@code disable-imdsv1}. */
    static String optionName(String member) {
        String s = member.replaceAll("(.)([A-Z][a-z]+)", "$1-$2");
        s = s.replaceAll("([a-z0-9])([A-Z])", "$1-$2");
        return "--" + s.toLowerCase(Locale.ROOT);
    }

    /** The wire values of an enum-typed string member, empty when the member is a plain string. */
    static List<String> enumValues(SdkPojo pojoOrBuilder, SdkField<?> field) {
        Class<?> type = pojoOrBuilder.getClass();
        while (type.getEnclosingClass() != null) {
            type = type.getEnclosingClass();
        }
        if (field.memberName() == null || field.marshallingType() != software.amazon.awssdk.core.protocol.MarshallingType.STRING) {
            return List.of();
        }
        String accessor = Character.toLowerCase(field.memberName().charAt(0)) + field.memberName().substring(1);
        try {
            type.getMethod(accessor + "AsString");
            Class<?> enumType = type.getMethod(accessor).getReturnType();
            Set<?> known = (Set<?>) enumType.getMethod("knownValues").invoke(null);
            List<String> values = new ArrayList<>();
            for (Object o : enumType.getEnumConstants()) {
                if (known.contains(o)) {
                    values.add(o.toString());
                }
            }
            return values;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return List.of();
        }
    }
}
