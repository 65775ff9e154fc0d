package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * botocore's resume token: base64 of {@code {"NextToken": "...", "boto_truncate_amount": n}}, so that a token
 * printed by the AWS CLI works here and the other way round.
 */
final class PaginationToken {
    static final PaginationToken NONE = new PaginationToken(null, 0);
    private final String nextToken;
    private final int truncate;

    PaginationToken(String nextToken, int truncate) {
        this.nextToken = nextToken;
        this.truncate = truncate;
    }

    String nextToken() {
        return nextToken;
    }

    int truncate() {
        return truncate;
    }

    String encode() {
        StringBuilder json = new StringBuilder("{");
        if (nextToken != null) {
            json.append("\"NextToken\": ").append(quote(nextToken));
        }
        if (truncate > 0) {
            json.append(nextToken != null ? ", " : "").append("\"boto_truncate_amount\": ").append(truncate);
        }
        json.append('}');
        return Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PaginationToken decode(String token) {
        try {
            JsonNode node = new ObjectMapper().readTree(Base64.getDecoder().decode(token));
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not an object");
            }
            JsonNode next = node.get("NextToken");
            JsonNode amount = node.get("boto_truncate_amount");
            return new PaginationToken(next == null || next.isNull() ? null : next.asText(),
                    amount == null ? 0 : Math.max(0, amount.asInt()));
        } catch (IllegalArgumentException | IOException e) {
            throw new CliException.Usage("argument --starting-token: invalid token \"" + token + "\"");
        }
    }
}
