package io.github.appstream4j.testing.internal.fake;

import io.github.appstream4j.model.ImageBuilderNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.appstream.model.AccessEndpointType;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;

/**
 * The constraints of the AppStream model, checked the way the service does: every violation of a request is
 * collected and reported in one {@code ValidationException} naming the members, in AWS's wording.
 */
final class Validation {

    static final Pattern NAME = ImageBuilderNames.pattern();
    static final Pattern ARN = Pattern.compile("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}"
            + ":[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$");
    private static final Pattern TAG_KEY = Pattern.compile("^(^(?!aws:).[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");
    private static final Pattern TAG_VALUE = Pattern.compile("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");

    private final List<String> violations = new ArrayList<>();

    List<String> violations() {
        return violations;
    }

    Validation required(String member, Object value) {
        if (value == null) {
            violations.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return this;
    }

    Validation pattern(String member, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(at(member, value) + "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return this;
    }

    Validation length(String member, String value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            violations.add(at(member, value) + "Member must have length "
                    + (value.length() < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
        return this;
    }

    Validation size(String member, int size, int min, int max) {
        if (size < min || size > max) {
            violations.add("Value with " + size + " elements at '" + member + "' failed to satisfy constraint: "
                    + "Member must have " + (size < min ? "at least " + min : "at most " + max) + " elements");
        }
        return this;
    }

    Validation range(String member, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            violations.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must have "
                    + "value " + (value < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
        return this;
    }

    /** An enum member must be one of the values the model lists; the SDK passes unknown strings through. */
    Validation oneOf(String member, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            violations.add(at(member, value) + "Member must satisfy enum value set: ["
                    + String.join(", ", allowed) + "]");
        }
        return this;
    }

    private static String at(String member, String value) {
        return "Value '" + value + "' at '" + member + "' failed to satisfy constraint: ";
    }

    static Validation ofCreate(CreateImageBuilderRequest r) {
        Validation v = new Validation()
                .required("name", r.name()).pattern("name", r.name(), NAME)
                .required("instanceType", r.instanceType()).length("instanceType", r.instanceType(), 1, Integer.MAX_VALUE)
                .length("imageName", r.imageName(), 1, Integer.MAX_VALUE)
                .pattern("imageArn", r.imageArn(), ARN)
                .pattern("iamRoleArn", r.iamRoleArn(), ARN)
                .length("description", r.description(), 0, 256)
                .length("displayName", r.displayName(), 0, 100)
                .length("appstreamAgentVersion", r.appstreamAgentVersion(), 1, 100);
        if (r.hasTags()) {
            v.size("tags", r.tags().size(), 1, 50);
            for (Map.Entry<String, String> tag : r.tags().entrySet()) {
                v.length("tags.key", tag.getKey(), 1, 128).pattern("tags.key", tag.getKey(), TAG_KEY)
                        .length("tags." + tag.getKey(), tag.getValue(), 0, 256)
                        .pattern("tags." + tag.getKey(), tag.getValue(), TAG_VALUE);
            }
        }
        if (r.hasAccessEndpoints()) {
            v.size("accessEndpoints", r.accessEndpoints().size(), 1, 4);
            Set<String> types = new TreeSet<>(AccessEndpointType.knownValues().stream().map(Object::toString).toList());
            for (int i = 0; i < r.accessEndpoints().size(); i++) {
                // AWS names list members by their 1-based index
                String member = "accessEndpoints." + (i + 1) + ".member.endpointType";
                String type = r.accessEndpoints().get(i).endpointTypeAsString();
                v.required(member, type).oneOf(member, type, types);
            }
        }
        if (r.vpcConfig() != null && r.vpcConfig().hasSecurityGroupIds()) {
            v.size("vpcConfig.securityGroupIds", r.vpcConfig().securityGroupIds().size(), 0, 5);
        }
        if (r.domainJoinInfo() != null) {
            v.length("domainJoinInfo.organizationalUnitDistinguishedName",
                    r.domainJoinInfo().organizationalUnitDistinguishedName(), 0, 2000);
        }
        if (r.rootVolumeConfig() != null) {
            v.range("rootVolumeConfig.volumeSizeInGb", r.rootVolumeConfig().volumeSizeInGb(), 200, 500);
        }
        return v;
    }
}
