package io.github.appstream4j.cli.internal.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.burt.jmespath.Expression;
import java.util.List;

/** Applies {@code --query} and renders pages of one operation's output in the chosen format. */
public final class Formatter {
    private final OutputFormat format;
    private final Expression<JsonNode> query;
    private final int terminalWidth;
    private final boolean color;

    public Formatter(OutputFormat format, Expression<JsonNode> query, int terminalWidth, boolean color) {
        this.format = format;
        this.query = query;
        this.terminalWidth = terminalWidth;
        this.color = color;
    }

    /** Renders a response that came in one page. */
    public String render(String operationName, JsonNode response) {
        return render(operationName, response, List.of(response));
    }

    /**
     * Renders a response that arrived in {@code pages}: yaml-stream renders page by page, as the AWS CLI streams
     * them; the other formats render {@code merged}, the pages joined into one response.
     */
    public String render(String operationName, JsonNode merged, List<JsonNode> pages) {
        switch (format) {
            case YAML_STREAM:
                StringBuilder out = new StringBuilder();
                for (JsonNode page : pages) {
                    out.append(YamlWriter.writeStreamItem(apply(page)));
                }
                return out.toString();
            case TEXT:
                return text(apply(merged));
            case TABLE:
                return TableWriter.write(operationName, apply(merged), terminalWidth, color);
            case YAML:
                return YamlWriter.write(apply(merged));
            default:
                return JsonWriter.write(apply(merged));
        }
    }

    private static String text(JsonNode result) {
        if (result.isMissingNode()) {
            return "";
        }
        return TextWriter.write(result);
    }

    private JsonNode apply(JsonNode response) {
        if (query == null) {
            return response;
        }
        JsonNode result = query.search(response);
        return result == null ? MissingNode.getInstance() : result;
    }
}
