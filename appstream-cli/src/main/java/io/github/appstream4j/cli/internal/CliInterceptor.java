package io.github.appstream4j.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.utils.IoUtils;

/**
 * Adds members the SDK's request shapes lack to the JSON body, and with --debug writes each request and response
 * to stderr with credentials redacted.
 */
final class CliInterceptor implements ExecutionInterceptor {
    /** Members to add to the request body, e.g. {@code DisableIMDSV1}. */
    static final ExecutionAttribute<ObjectNode> EXTRA_MEMBERS = new ExecutionAttribute<>("appstream.cli.extraMembers");
    private static final ExecutionAttribute<byte[]> BODY = new ExecutionAttribute<>("appstream.cli.body");
    private static final List<String> SECRET_HEADERS = List.of("authorization", "x-amz-security-token");
    private static final Pattern SECRET_KEYS = Pattern.compile("(?i).*(secret|password|sessiontoken|accesskey).*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DebugLog debug;

    CliInterceptor(DebugLog debug) {
        this.debug = debug;
    }

    // The SDK asks for the content before the request (ExecutionInterceptorChain), so the body is rewritten
    // here and the request only takes the new length.
    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        ObjectNode extra = attributes.getAttribute(EXTRA_MEMBERS);
        if (extra == null || extra.isEmpty() || context.requestBody().isEmpty()) {
            return context.requestBody();
        }
        try (InputStream in = context.requestBody().get().contentStreamProvider().newStream()) {
            JsonNode body = JSON.readTree(in);
            ObjectNode object = body instanceof ObjectNode ? (ObjectNode) body : JSON.createObjectNode();
            object.setAll(extra);
            byte[] bytes = JSON.writeValueAsBytes(object);
            attributes.putAttribute(BODY, bytes);
            return Optional.of(RequestBody.fromBytes(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        byte[] body = attributes.getAttribute(BODY);
        if (body == null) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder().putHeader("Content-Length", String.valueOf(body.length)).build();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (!debug.enabled()) {
            return;
        }
        SdkHttpRequest request = context.httpRequest();
        String body = context.requestBody().map(b -> {
            try (InputStream in = b.contentStreamProvider().newStream()) {
                return new String(IoUtils.toByteArray(in), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<unreadable: " + e + ">";
            }
        }).orElse("");
        debug.log("Sending request: " + request.method() + " " + request.getUri() + "\n  headers: "
                + headers(request.headers()) + "\n  body: " + redactBody(body));
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes attributes) {
        Optional<InputStream> content = context.responseBody();
        if (!debug.enabled()) {
            return content;
        }
        SdkHttpResponse response = context.httpResponse();
        byte[] bytes = content.map(in -> {
            try (in) {
                return IoUtils.toByteArray(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(new byte[0]);
        debug.log("Response: " + response.statusCode() + "\n  headers: " + headers(response.headers()) + "\n  body: "
                + redactBody(new String(bytes, StandardCharsets.UTF_8)));
        return content.isPresent() ? Optional.of(new ByteArrayInputStream(bytes)) : content;
    }

    static Map<String, String> headers(Map<String, List<String>> headers) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> out.put(name,
                SECRET_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) ? "<redacted>" : String.join(",", values)));
        return out;
    }

    static String redactBody(String body) {
        if (body.isEmpty() || !SECRET_KEYS.matcher(body).matches()) {
            return body;
        }
        try {
            JsonNode node = JSON.readTree(body);
            redact(node);
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            return "<redacted: not JSON>";
        }
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            object.fieldNames().forEachRemaining(name -> {
                if (SECRET_KEYS.matcher(name).matches()) {
                    object.put(name, "<redacted>");
                }
            });
            object.forEach(CliInterceptor::redact);
        } else if (node.isArray()) {
            node.forEach(CliInterceptor::redact);
        }
    }
}
