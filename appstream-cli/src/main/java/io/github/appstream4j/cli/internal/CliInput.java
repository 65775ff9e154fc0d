package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;

/** {@code --cli-input-json} and {@code --cli-input-yaml}: a request document, inline or {@code file://path}. */
final class CliInput {
    private CliInput() {
    }

    static ObjectNode read(OperationCommand command) {
        boolean json = command.matched(OperationCommand.CLI_INPUT_JSON);
        boolean yaml = command.matched(OperationCommand.CLI_INPUT_YAML);
        if (json && yaml) {
            throw new CliException.Usage("argument --cli-input-yaml: not allowed with argument --cli-input-json");
        }
        if (!json && !yaml) {
            return JsonNodeFactory.instance.objectNode();
        }
        String option = json ? OperationCommand.CLI_INPUT_JSON : OperationCommand.CLI_INPUT_YAML;
        String text = ParameterValues.resolveFile(option, command.value(option), command.context.env.workingDirectory());
        JsonNode node;
        try {
            node = (json ? new ObjectMapper() : new YAMLMapper()).readTree(text);
        } catch (IOException e) {
            throw new CliException.ParamParse(option, "Invalid " + (json ? "JSON" : "YAML") + " received: "
                    + firstLine(e.getMessage()));
        }
        if (node == null || node.isMissingNode() || (node.isNull())) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw new CliException.ParamParse(option, "Invalid " + (json ? "JSON" : "YAML")
                    + " received: the document must be an object of request members");
        }
        return (ObjectNode) node;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
