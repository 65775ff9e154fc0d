package io.github.appstream4j.testing.internal.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SigV4 canonical request of a received request, built from exactly the headers the client says it signed
 * (its {@code SignedHeaders}, in its order), so that any correct signer verifies: the AWS CLI, boto3 and
 * {@code curl --aws-sigv4} sign only a few headers, the Java SDK signs more.
 */
final class CanonicalRequest {
    static final String CONTENT_SHA256 = "x-amz-content-sha256";
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CanonicalRequest() {
    }

    /**
     * The canonical request text.
     *
     * @throws WireException InvalidSignatureException when a signed header is absent, the query is malformed, or
     *     the body does not match a given {@code x-amz-content-sha256}
     */
    static String of(WireRequest request, String signedHeaders) {
        Map<String, List<String>> headers = lowerCaseHeaders(request);
        StringBuilder canonical = new StringBuilder()
                .append(request.method()).append('\n')
                .append(canonicalUri(request.uri().getRawPath())).append('\n')
                .append(canonicalQuery(request.uri().getRawQuery())).append('\n');
        for (String name : signedHeaders.split(";", -1)) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            if (values == null) {
                throw SignatureVerifier.invalid(
                        "The signed header '" + AwsJsonHandler.abbreviate(name) + "' is not in the request.");
            }
            canonical.append(name.toLowerCase(Locale.ROOT)).append(':');
            for (int i = 0; i < values.size(); i++) {
                canonical.append(i == 0 ? "" : ",").append(trimAll(values.get(i)));
            }
            canonical.append('\n');
        }
        return canonical.append('\n').append(signedHeaders).append('\n')
                .append(payloadHash(headers, request.body())).toString();
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static Map<String, List<String>> lowerCaseHeaders(WireRequest request) {
        // our own map: names as the client may have signed them, without the JDK's name normalization
        Map<String, List<String>> headers = new HashMap<>();
        request.headers().forEach((name, values) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        return headers;
    }

    /** The header's own hash when the client sent one, which it then signed instead of hashing the body. */
    private static String payloadHash(Map<String, List<String>> headers, byte[] body) {
        String actual = sha256Hex(body);
        List<String> given = headers.get(CONTENT_SHA256);
        if (given == null || given.isEmpty()) {
            return actual;
        }
        String claimed = given.get(0).trim();
        // a literal like UNSIGNED-PAYLOAD is signed as is; a hash must be the body's, or the body was changed
        if (HEX_SHA256.matcher(claimed).matches() && !claimed.equalsIgnoreCase(actual)) {
            throw SignatureVerifier.invalid("The provided '" + CONTENT_SHA256
                    + "' header does not match what was computed.");
        }
        return claimed;
    }

    /**
     * The path URI-encoded once more, as every SigV4 signer but S3's does. Not normalized: only {@code POST /}
     * reaches the verifier, the handler answers every other path before.
     */
    private static String canonicalUri(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : uriEncode(rawPath, false);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new String[] {uriEncode(decode(name), true), uriEncode(decode(value), true)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder query = new StringBuilder();
        for (String[] pair : pairs) {
            query.append(query.length() == 0 ? "" : "&").append(pair[0]).append('=').append(pair[1]);
        }
        return query.toString();
    }

    private static String decode(String text) {
        try {
            // '+' is a plus in SigV4, not a space
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SignatureVerifier.invalid("The query string is malformed.");
        }
    }

    /** RFC 3986 encoding of everything but the unreserved characters (and '/' unless {@code encodeSlash}). */
    static String uriEncode(String text, boolean encodeSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && !encodeSlash)) {
                out.append(c);
            } else {
                out.append('%').append(HEX.toHexDigits(b).toUpperCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** SigV4's Trimall: no leading or trailing whitespace, inner runs folded to one space. */
    private static String trimAll(String value) {
        return WHITESPACE.matcher(value.strip()).replaceAll(" ");
    }
}
