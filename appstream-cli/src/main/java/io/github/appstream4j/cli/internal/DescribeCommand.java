package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersRequest;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;

/**
 * describe-image-builders with the AWS CLI's pagination: all pages joined unless --no-paginate, --max-items with
 * a resume token, --page-size per call, --starting-token to resume.
 */
final class DescribeCommand extends OperationCommand {
    static final String MAX_ITEMS = "--max-items";
    static final String PAGE_SIZE = "--page-size";
    static final String STARTING_TOKEN = "--starting-token";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    DescribeCommand(CliContext context) {
        super(Operation.DESCRIBE, context);
        addInteger(MAX_ITEMS, "The total number of items to return; a NextToken is printed to resume.");
        addInteger(PAGE_SIZE, "The number of items per service call (MaxResults).");
        addValue(STARTING_TOKEN, "TOKEN", "A NextToken printed by an earlier --max-items call.");
    }

    private void addInteger(String option, String description) {
        spec.addOption(picocli.CommandLine.Model.OptionSpec.builder(option).arity("1").type(Integer.class)
                .paramLabel("<N>").description(description).build());
    }

    @Override
    int execute(Request request) {
        Integer maxItems = value(MAX_ITEMS);
        Integer pageSize = value(PAGE_SIZE);
        String startingToken = value(STARTING_TOKEN);
        checkPositive(MAX_ITEMS, maxItems);
        checkPositive(PAGE_SIZE, pageSize);
        List<String> given = new ArrayList<>();
        for (String option : List.of(MAX_ITEMS, PAGE_SIZE, STARTING_TOKEN)) {
            if (matched(option)) {
                given.add(option);
            }
        }
        boolean manual = request.input.has("NextToken") || request.input.has("MaxResults");
        if ((context.options.flag(GlobalOptions.NO_PAGINATE) || manual) && !given.isEmpty()) {
            throw new CliException.Usage("Cannot specify " + (manual ? "--max-results/--next-token" : "--no-paginate")
                    + " along with pagination arguments: " + String.join(", ", given));
        }
        PaginationToken start = startingToken == null ? PaginationToken.NONE : PaginationToken.decode(startingToken);
        if (context.options.flag(GlobalOptions.NO_PAGINATE) || manual) {
            return super.execute(request);
        }
        AppStreamClient client = context.client(request.builderNames());
        DescribeImageBuildersRequest base = (DescribeImageBuildersRequest) request.pojo;
        List<JsonNode> pages = new ArrayList<>();
        ArrayNode all = NODES.arrayNode();
        String token = start.nextToken();
        int skip = start.truncate();
        String resume = null;
        while (true) {
            DescribeImageBuildersResponse response = client.describeImageBuilders(
                    base.toBuilder().nextToken(token).maxResults(pageSize).build());
            ArrayNode page = NODES.arrayNode();
            List<ImageBuilder> items = response.imageBuilders();
            for (int i = skip; i < items.size(); i++) {
                if (maxItems != null && all.size() == maxItems) {
                    resume = new PaginationToken(token, i).encode();
                    break;
                }
                JsonNode item = PojoJson.toJson(items.get(i));
                all.add(item);
                page.add(item);
            }
            pages.add(result(page, null));
            if (resume != null || response.nextToken() == null) {
                break;
            }
            if (maxItems != null && all.size() == maxItems) {
                resume = new PaginationToken(response.nextToken(), 0).encode();
                break;
            }
            token = response.nextToken();
            skip = 0;
        }
        if (resume != null) {
            ((ObjectNode) pages.get(pages.size() - 1)).put("NextToken", resume);
        }
        context.print(context.formatter().render(operation.name, result(all, resume), pages));
        return ExitCodes.OK;
    }

    private static ObjectNode result(ArrayNode items, String nextToken) {
        ObjectNode node = NODES.objectNode();
        node.set("ImageBuilders", items);
        if (nextToken != null) {
            node.put("NextToken", nextToken);
        }
        return node;
    }

    private static void checkPositive(String option, Integer value) {
        if (value != null && value < 1) {
            throw new CliException.Usage("argument " + option + ": must be 1 or more but was " + value);
        }
    }
}
