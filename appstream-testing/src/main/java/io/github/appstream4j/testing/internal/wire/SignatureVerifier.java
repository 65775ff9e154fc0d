package io.github.appstream4j.testing.internal.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Strict SigV4 check of a request against its own {@code Authorization} header: credential scope, the headers
 * the client listed in {@code SignedHeaders} (and only those) and its signature, recomputed under the
 * configured secret. Answers as AWS does: {@code MissingAuthenticationTokenException} without a header,
 * {@code IncompleteSignatureException} for a garbled one, {@code UnrecognizedClientException} for an unknown
 * access key and {@code InvalidSignatureException} for a wrong scope or signature, all HTTP 400. The request's
 * age is not checked: the emulator may run on virtual time. Stateless, so safe on many threads.
 */
final class SignatureVerifier {
    static final String SERVICE = "appstream";
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String HMAC = "HmacSHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private final Map<String, String> secretsByAccessKeyId;
    private final String region;

    /** Accepts requests signed with one of {@code secretsByAccessKeyId} for {@code region}. */
    SignatureVerifier(Map<String, String> secretsByAccessKeyId, String region) {
        this.secretsByAccessKeyId = Map.copyOf(secretsByAccessKeyId);
        this.region = region;
    }

    void verify(WireRequest request) {
        String header = request.header("Authorization");
        if (header == null) {
            throw new WireException("MissingAuthenticationTokenException", 400, "Missing Authentication Token");
        }
        SigV4Authorization auth = SigV4Authorization.parse(header);
        String secret = secretsByAccessKeyId.get(auth.accessKeyId());
        if (secret == null) {
            throw new WireException("UnrecognizedClientException", 400,
                    "The security token included in the request is invalid.");
        }
        String amzDate = amzDate(request);
        checkScope(auth, amzDate);
        String canonicalRequest = CanonicalRequest.of(request, auth.signedHeaders());
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + auth.scope() + "\n"
                + CanonicalRequest.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] expected = HexFormat.of().formatHex(signature(secret, auth, stringToSign))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, auth.signature().getBytes(StandardCharsets.UTF_8))) {
            // AWS's own wording, with the strings it would have signed: what a client author needs to compare
            throw invalid("The request signature we calculated does not match the signature you provided. "
                    + "Check your AWS Secret Access Key and signing method. Consult the service documentation for "
                    + "details.\n\nThe Canonical String for this request should have been\n'" + canonicalRequest
                    + "'\n\nThe String-to-Sign should have been\n'" + stringToSign + "'\n");
        }
    }

    private void checkScope(SigV4Authorization auth, String amzDate) {
        if (!region.equals(auth.region())) {
            throw invalid("Credential should be scoped to a valid region, not '"
                    + AwsJsonHandler.abbreviate(auth.region()) + "'. ");
        }
        if (!SERVICE.equals(auth.service())) {
            throw invalid("Credential should be scoped to correct service: '" + SERVICE + "'. ");
        }
        String day = amzDate.substring(0, 8);
        if (!day.equals(auth.date())) {
            throw invalid("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + AwsJsonHandler.abbreviate(auth.date()) + "' != '" + day + "', from '" + amzDate + "'.");
        }
        if (!(";" + auth.signedHeaders().toLowerCase(Locale.ROOT) + ";").contains(";host;")) {
            throw incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
    }

    private static byte[] signature(String secret, SigV4Authorization auth, String stringToSign) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), auth.date());
        key = hmac(key, auth.region());
        key = hmac(key, auth.service());
        key = hmac(key, "aws4_request");
        return hmac(key, stringToSign);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has " + HMAC, e);
        }
    }

    /** The X-Amz-Date value as sent (it is what the client put in its string to sign), once checked. */
    private static String amzDate(WireRequest request) {
        String value = request.header("X-Amz-Date");
        if (value == null) {
            throw incomplete("Authorization header requires existence of a 'X-Amz-Date' header.");
        }
        try {
            LocalDateTime.parse(value, AMZ_DATE);
        } catch (DateTimeParseException e) {
            throw incomplete("X-Amz-Date must be in the ISO8601 basic format yyyyMMdd'T'HHmmss'Z', not '"
                    + AwsJsonHandler.abbreviate(value) + "'.");
        }
        return value;
    }

    static WireException invalid(String message) {
        return new WireException("InvalidSignatureException", 400, message);
    }

    static WireException incomplete(String message) {
        return new WireException("IncompleteSignatureException", 400, message);
    }
}
