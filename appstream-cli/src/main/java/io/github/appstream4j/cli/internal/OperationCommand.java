package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.appstream4j.model.ImageBuilderNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/**
 * One operation command: an option per request member (AWS CLI names), {@code --cli-input-json/yaml},
 * {@code --generate-cli-skeleton}; the input is merged, checked, sent, and the response printed.
 */
class OperationCommand implements Callable<Integer> {
    static final String CLI_INPUT_JSON = "--cli-input-json";
    static final String CLI_INPUT_YAML = "--cli-input-yaml";
    static final String SKELETON = "--generate-cli-skeleton";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final Operation operation;
    final CliContext context;
    final CommandSpec spec;
    private final Map<String, SdkField<?>> fields = new LinkedHashMap<>();

    OperationCommand(Operation operation, CliContext context) {
        this.operation = operation;
        this.context = context;
        this.spec = CommandSpec.wrapWithoutInspection(this);
        spec.name(operation.command);
        spec.usageMessage().description(operation.description);
        for (SdkField<?> field : operation.request.get().sdkFields()) {
            fields.put(field.locationName(), field);
            addMemberOption(field.locationName(), field.marshallingType(), operation.paginationMembers.contains(
                    field.locationName()));
        }
        for (String extra : operation.extraBooleanMembers) {
            addMemberOption(extra, MarshallingType.BOOLEAN, false);
        }
        addValue(CLI_INPUT_JSON, "JSON", "Request members as JSON (inline or file://path); options override them.");
        addValue(CLI_INPUT_YAML, "YAML", "Request members as YAML (inline or file://path); options override them.");
        spec.addOption(OptionSpec.builder(SKELETON).arity("0..1").type(String.class).paramLabel("input|output|yaml-input")
                .fallbackValue("input").description("Print a skeleton instead of sending the request: input (default) "
                        + "and yaml-input skeletons, or, after checking the input, a sample output.").build());
    }

    private void addMemberOption(String member, MarshallingType<?> type, boolean hidden) {
        String option = Members.optionName(member);
        String doc = MemberDocs.describe(member);
        boolean required = Members.required(operation.request.get()).contains(member);
        String description = (required ? "[required] " : "") + doc;
        if (type == MarshallingType.BOOLEAN) {
            spec.addOption(OptionSpec.builder(option).arity("0").type(boolean.class).hidden(hidden)
                    .description(description).build());
            spec.addOption(OptionSpec.builder("--no-" + option.substring(2)).arity("0").type(boolean.class)
                    .hidden(hidden).description("The opposite of " + option + ".").build());
        } else if (type == MarshallingType.LIST || type == MarshallingType.MAP) {
            spec.addOption(OptionSpec.builder(option).arity("1..*").type(List.class).auxiliaryTypes(String.class)
                    .paramLabel("<" + member + ">").hidden(hidden).description(description).build());
        } else {
            spec.addOption(OptionSpec.builder(option).arity("1").type(String.class).paramLabel("<" + member + ">")
                    .hidden(hidden).description(description).build());
        }
    }

    void addValue(String option, String label, String description) {
        spec.addOption(OptionSpec.builder(option).arity("1").type(String.class).paramLabel("<" + label + ">")
                .description(description).build());
    }

    void addFlag(String option, String description) {
        spec.addOption(OptionSpec.builder(option).arity("0").type(boolean.class).description(description).build());
    }

    boolean matched(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    <T> T value(String option) {
        return spec.findOption(option).getValue();
    }

    @Override
    public Integer call() {
        context.validateGlobals();
        String skeleton = skeletonMode();
        if ("input".equals(skeleton)) {
            context.print(io.github.appstream4j.cli.internal.output.JsonWriter.write(Skeletons.input(operation)));
            return ExitCodes.OK;
        }
        if ("yaml-input".equals(skeleton)) {
            context.print(Skeletons.yamlInput(operation));
            return ExitCodes.OK;
        }
        ObjectNode input = input();
        Request request = bind(input);
        if ("output".equals(skeleton)) {
            context.print(context.formatter().render(operation.name, Skeletons.output(operation)));
            return ExitCodes.OK;
        }
        return execute(request);
    }

    /** Sends the request and prints the response; subclasses add pagination and waiting. */
    int execute(Request request) {
        // --local: the builders a request is about exist first, except the one it creates
        AppStreamClient client = operation == Operation.CREATE ? context.client(List.of(), request.builderNames())
                : context.client(request.builderNames());
        SdkPojo response = operation.call.apply(client, request.pojo);
        context.print(context.formatter().render(operation.name, PojoJson.toJson(response)));
        return ExitCodes.OK;
    }

    private String skeletonMode() {
        if (!matched(SKELETON)) {
            return null;
        }
        String mode = value(SKELETON);
        if (!Skeletons.modes().containsKey(mode)) {
            throw new CliException.Usage("argument --generate-cli-skeleton: Invalid choice: '" + mode
                    + "' (choose from 'input', 'output', 'yaml-input')");
        }
        return mode;
    }

    /** --cli-input-json/yaml, overlaid with the members given as options. */
    ObjectNode input() {
        ObjectNode input = CliInput.read(this);
        boolean fromFile = input.size() > 0;
        for (Map.Entry<String, SdkField<?>> e : fields.entrySet()) {
            overlay(input, e.getKey(), e.getValue().marshallingType(), e.getValue());
        }
        for (String extra : operation.extraBooleanMembers) {
            overlay(input, extra, MarshallingType.BOOLEAN, null);
        }
        prompt(input);
        List<String> missing = new ArrayList<>();
        for (String required : Members.required(operation.request.get())) {
            if (!input.hasNonNull(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            if (fromFile) {
                List<String> problems = new ArrayList<>();
                missing.forEach(m -> problems.add("Missing required parameter in input: \"" + m + "\""));
                throw new CliException.ParamValidation(problems);
            }
            throw new CliException.Usage("the following arguments are required: "
                    + String.join(", ", missing.stream().map(Members::optionName).toList()));
        }
        return input;
    }

    private void overlay(ObjectNode input, String member, MarshallingType<?> type, SdkField<?> field) {
        String option = Members.optionName(member);
        if (type == MarshallingType.BOOLEAN) {
            String negative = "--no-" + option.substring(2);
            if (matched(option) && matched(negative)) {
                throw new CliException.Usage("argument " + negative + ": not allowed with argument " + option);
            }
            if (matched(option) || matched(negative)) {
                input.put(member, matched(option));
            }
            return;
        }
        if (!matched(option)) {
            return;
        }
        Object raw = value(option);
        List<String> values = new ArrayList<>();
        if (raw instanceof List) {
            ((List<?>) raw).forEach(v -> values.add(String.valueOf(v)));
        } else {
            values.add(String.valueOf(raw));
        }
        input.set(member, ParameterValues.toJson(option, field, values, context.env.workingDirectory()));
    }

    /** --cli-auto-prompt on a terminal: ask for each missing required member on stderr, read it from stdin. */
    private void prompt(ObjectNode input) {
        if (!context.env.interactive() || !context.autoPrompt()) {
            return;
        }
        for (String required : Members.required(operation.request.get())) {
            if (!input.hasNonNull(required)) {
                context.env.err().print(required + " (" + Members.optionName(required) + "): ");
                context.env.err().flush();
                String line = context.env.readLine();
                if (line != null && !line.isBlank()) {
                    input.put(required, line.trim());
                }
            }
        }
    }

    /** Checks the merged input and builds the SDK request; every problem is reported before any request. */
    Request bind(ObjectNode input) {
        ObjectNode extras = NODES.objectNode();
        for (String extra : operation.extraBooleanMembers) {
            JsonNode value = input.remove(extra);
            if (value != null) {
                if (!value.isBoolean()) {
                    throw new CliException.ParamValidation(List.of("Invalid type for parameter " + extra + ", value: "
                            + value + ", type: " + value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                            + ", valid types: boolean"));
                }
                extras.set(extra, value);
            }
        }
        List<String> problems = new ArrayList<>();
        checkNames(input, problems);
        SdkPojo pojo = PojoJson.fromJson(input, operation.request, "input", problems);
        if (!problems.isEmpty()) {
            throw new CliException.ParamValidation(problems);
        }
        if (!extras.isEmpty()) {
            pojo = ((AwsRequest) pojo).toBuilder()
                    .overrideConfiguration(o -> o.putExecutionAttribute(CliInterceptor.EXTRA_MEMBERS, extras)).build();
        }
        return new Request(pojo, input, extras);
    }

    private static void checkNames(ObjectNode input, List<String> problems) {
        JsonNode name = input.get("Name");
        if (name != null && name.isTextual()) {
            nameProblem("Invalid value for parameter Name:", name.textValue()).ifPresent(problems::add);
        }
        JsonNode names = input.get("Names");
        if (names != null && names.isArray()) {
            for (int i = 0; i < names.size(); i++) {
                JsonNode n = names.get(i);
                if (n.isTextual()) {
                    nameProblem("Invalid value for parameter Names[" + i + "]:", n.textValue()).ifPresent(problems::add);
                }
            }
        }
    }

    /**
     * The model's check of an image builder name against the service's pattern: empty when valid, else what is
     * wrong after {@code label}, e.g. {@code argument --name: must match ^…$ but was "a b"}.
     */
    static Optional<String> nameProblem(String label, String value) {
        return ImageBuilderNames.isValid(value) ? Optional.empty() : Optional.of(label + " must match "
                + ImageBuilderNames.pattern().pattern() + " but was \"" + value + "\"");
    }

    /** The bound request, the input it came from, and members the SDK shape lacks. */
    static final class Request {
        final SdkPojo pojo;
        final ObjectNode input;
        final ObjectNode extras;

        Request(SdkPojo pojo, ObjectNode input, ObjectNode extras) {
            this.pojo = pojo;
            this.input = input;
            this.extras = extras;
        }

        /** The image builder names the request is about, for --local to create them. */
        List<String> builderNames() {
            List<String> names = new ArrayList<>();
            if (input.hasNonNull("Name")) {
                names.add(input.get("Name").asText());
            }
            if (input.has("Names")) {
                input.get("Names").forEach(n -> names.add(n.asText()));
            }
            return names;
        }
    }

    static CommandLine commandLine(OperationCommand command) {
        return new CommandLine(command.spec);
    }
}
