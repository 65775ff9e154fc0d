package io.github.appstream4j.testing.internal.wire;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/**
 * Answers awsJson 1.1 requests ({@code POST /}, {@code X-Amz-Target: PhotonAdminProxyService.<Op>}) by
 * decoding them into SDK requests, calling the served client and encoding what it returns or throws.
 * Every answer carries {@code x-amzn-RequestId}; every error is {@code {"__type","message"}} plus
 * {@code x-amzn-ErrorType}. Stateless apart from the served client, so safe on many threads.
 */
final class AwsJsonHandler implements HttpHandler {
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final int MAX_BODY_BYTES = 1 << 20;
    // read (and drop) this much of an oversized body so the client can still read the error answer
    private static final long MAX_DRAIN_BYTES = 16L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(AwsJsonHandler.class);

    private final AppStreamClient client;
    private final SignatureVerifier verifier;

    /** {@code verifier} null accepts any request, signed or not. */
    AwsJsonHandler(AppStreamClient client, SignatureVerifier verifier) {
        this.client = client;
        this.verifier = verifier;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        try {
            Answer answer = answer(exchange);
            if (answer == null) {
                // the served client failed like a network would: drop the connection unanswered
                LOG.debug("{} dropped the connection (request {})", exchange.getRequestMethod(), requestId);
                return;
            }
            send(exchange, requestId, answer);
            LOG.debug("{} {} -> {} {} in {} ms (request {})", exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("X-Amz-Target"), answer.status(),
                    answer.errorCode() == null ? "OK" : answer.errorCode(),
                    (System.nanoTime() - started) / 1_000_000, requestId);
        } finally {
            exchange.close();
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        try {
            WireRequest request = receive(exchange);
            if (verifier != null) {
                verifier.verify(request);
            }
            requireContentType(request);
            WireOperation operation = operation(request);
            Object sdkRequest = operation.decode(JsonBody.parse(request.body()));
            return call(operation, sdkRequest);
        } catch (WireException e) {
            return Answer.error(e);
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure answering a request", e);
            return Answer.internalFailure();
        }
    }

    private Answer call(WireOperation operation, Object sdkRequest) {
        SdkPojo response;
        try {
            response = operation.invoke(client, sdkRequest);
        } catch (AwsServiceException e) {
            return Answer.fromServiceException(e);
        } catch (SdkClientException e) {
            return null;
        } catch (UnsupportedOperationException e) {
            throw WireException.unknownOperation("Operation " + operation.name() + " is not supported by the served client");
        }
        if (response == null) {
            throw new IllegalStateException("The served client returned null for " + operation.name());
        }
        return Answer.ok(PojoWriter.write(response));
    }

    private static WireRequest receive(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        String method = exchange.getRequestMethod();
        if (!"POST".equals(method) || !"/".equals(exchange.getRequestURI().getRawPath())) {
            throw WireException.unknownOperation("Only POST / is served, not " + method + " "
                    + abbreviate(exchange.getRequestURI().getRawPath()));
        }
        return new WireRequest(method, exchange.getRequestURI(), exchange.getRequestHeaders(), body);
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            // read, not skip: the JDK's request stream lets skip() run past the body into the socket
            byte[] scratch = new byte[64 * 1024];
            long drained = 0;
            int n;
            while (drained < MAX_DRAIN_BYTES && (n = in.read(scratch)) >= 0) {
                drained += n;
            }
            throw WireException.validation("The request body must not exceed " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    private static void requireContentType(WireRequest request) {
        String contentType = request.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!CONTENT_TYPE.equals(mediaType)) {
            throw WireException.unknownOperation("Content-Type must be " + CONTENT_TYPE + ", not "
                    + (contentType == null ? "absent" : abbreviate(contentType)));
        }
    }

    private static WireOperation operation(WireRequest request) {
        String target = request.header("X-Amz-Target");
        if (target == null) {
            throw WireException.unknownOperation("The X-Amz-Target header is missing");
        }
        return WireOperation.forTarget(target.trim()).orElseThrow(() -> WireException.unknownOperation(
                "Operation " + abbreviate(target) + " is not served here; served are "
                        + WireOperation.TARGET_PREFIX + "{" + String.join(",", WireOperation.names()) + "}"));
    }

    private static void send(HttpExchange exchange, String requestId, Answer answer) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", CONTENT_TYPE);
        headers.set("x-amzn-RequestId", requestId);
        if (answer.errorCode() != null) {
            headers.set("x-amzn-ErrorType", answer.errorCode());
        }
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(answer.status(), head ? -1 : answer.body().length);
        if (!head) {
            exchange.getResponseBody().write(answer.body());
        }
    }

    /** The text made printable and cut to 100 characters, for messages that echo client input. */
    static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 100 ? printable : printable.substring(0, 97) + "...";
    }
}
