package io.github.appstream4j.testing.internal.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactoryBuilder;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonProcessingException;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadConstraints;

/** Parses a request body with the SDK's own (shaded Jackson) JSON tooling, strictly: one value, bounded. */
final class JsonBody {
    // far deeper than any AppStream shape, shallow enough that a recursive tree build cannot exhaust a stack
    private static final int MAX_NESTING = 64;

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(1_000)
                    .build())
            .build();
    private static final JsonNodeParser PARSER = JsonNode.parserBuilder()
            .jsonFactory(FACTORY)
            .removeErrorLocations(true)
            .build();

    private JsonBody() {
    }

    /**
     * Parses {@code body}; an empty (or blank) body is the empty input {@code {}}.
     *
     * @throws WireException SerializationException for malformed JSON or content after the value
     */
    static JsonNode parse(byte[] body) {
        try {
            if (!singleValue(body)) {
                return JsonNode.emptyObjectNode();
            }
            return PARSER.parse(body);
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause());
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /** Checks the body holds exactly one JSON value; false when it holds none. */
    private static boolean singleValue(byte[] body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw WireException.serialization("Malformed request body: unexpected content after the JSON value");
            }
            return true;
        }
    }

    private static WireException malformed(Throwable cause) {
        String detail = cause instanceof JsonProcessingException
                ? ((JsonProcessingException) cause).getOriginalMessage()
                : String.valueOf(cause);
        return WireException.serialization("Malformed request body: " + firstLine(detail));
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
