package io.github.appstream4j.testing.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A SigV4 signer written after botocore's {@code SigV4Auth}, independent of the SDK and of the emulator: it
 * signs the headers it is told to (botocore and the AWS CLI sign {@code content-type;host;x-amz-date;
 * x-amz-target}), lower-cased, sorted, values trimmed with inner whitespace folded and repeated headers joined
 * by commas; the payload hash is the hex SHA-256 of the body. Checked against the AWS SigV4 test suite in
 * {@code SigV4TestSignerTest}.
 */
final class SigV4TestSigner {
    private final String accessKeyId;
    private final String secret;
    private final String region;
    private final String service;

    SigV4TestSigner(String accessKeyId, String secret, String region, String service) {
        this.accessKeyId = accessKeyId;
        this.secret = secret;
        this.region = region;
        this.service = service;
    }

    /**
     * The {@code Authorization} value for a request whose headers (including {@code Host} and
     * {@code X-Amz-Date}) are {@code headers}, signing those named in {@code toSign}.
     */
    String authorization(String method, String path, List<RawHttp.Header> headers, byte[] body, Set<String> toSign) {
        TreeMap<String, String> canonical = new TreeMap<>();
        String amzDate = null;
        for (RawHttp.Header header : headers) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if (name.equals("x-amz-date")) {
                amzDate = header.value();
            }
            if (toSign.contains(name)) {
                String value = String.join(" ", header.value().trim().split("\\s+"));
                canonical.merge(name, value, (a, b) -> a + "," + b);
            }
        }
        if (amzDate == null) {
            throw new IllegalArgumentException("no X-Amz-Date header among " + headers);
        }
        String signedHeaders = String.join(";", canonical.keySet());
        String canonicalRequest = method + "\n" + path + "\n" + "\n"
                + canonical.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n")
                        .collect(Collectors.joining())
                + "\n" + signedHeaders + "\n" + hex(sha256(body));
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        for (String part : new String[] {amzDate.substring(0, 8), region, service, "aws4_request"}) {
            key = hmac(key, part);
        }
        return "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + hex(hmac(key, stringToSign));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
