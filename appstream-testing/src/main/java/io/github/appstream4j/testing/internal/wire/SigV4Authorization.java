package io.github.appstream4j.testing.internal.wire;

import java.util.HashMap;
import java.util.Map;

/**
 * The parts of {@code Authorization: AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request,
 * SignedHeaders=<a;b;c>, Signature=<hex>}, as the client wrote them.
 */
record SigV4Authorization(String accessKeyId, String date, String region, String service, String signedHeaders,
        String signature) {

    /** {@code <date>/<region>/<service>/aws4_request}, the scope line of the string to sign. */
    String scope() {
        return date + "/" + region + "/" + service + "/aws4_request";
    }

    /**
     * Parses the header value.
     *
     * @throws WireException IncompleteSignatureException when a part is missing or malformed
     */
    static SigV4Authorization parse(String header) {
        String algorithm = SignatureVerifier.ALGORITHM;
        if (!header.startsWith(algorithm + " ")) {
            throw SignatureVerifier.incomplete("Authorization header must use the " + algorithm + " algorithm.");
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : header.substring(algorithm.length() + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.putIfAbsent(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        String credential = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (credential == null || signedHeaders == null || signature == null) {
            throw SignatureVerifier.incomplete(
                    "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 5 || scope[0].isEmpty() || scope[1].length() != 8 || !"aws4_request".equals(scope[4])) {
            throw SignatureVerifier.incomplete(
                    "Credential must have the form <access key id>/<YYYYMMDD>/<region>/<service>/aws4_request.");
        }
        if (signedHeaders.isEmpty()) {
            throw SignatureVerifier.incomplete("SignedHeaders must name the signed headers.");
        }
        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], signedHeaders, signature);
    }
}
