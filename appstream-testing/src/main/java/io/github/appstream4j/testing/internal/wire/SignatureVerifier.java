package io.github.appstream4j.testing.internal.wire;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Strict SigV4 check: re-signs the received request with the SDK's own {@link AwsV4HttpSigner} (same date,
 * region, service, signed headers and body) under the configured secret and compares the signatures, so
 * this server agrees with the SDK on every canonicalization detail. The request's age is not checked: the
 * emulator may run on virtual time.
 */
final class SignatureVerifier {
    static final String SERVICE = "appstream";
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private final Map<String, String> secretsByAccessKeyId;
    private final String region;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /** Accepts requests signed with one of {@code secretsByAccessKeyId} for {@code region}. */
    SignatureVerifier(Map<String, String> secretsByAccessKeyId, String region) {
        this.secretsByAccessKeyId = Map.copyOf(secretsByAccessKeyId);
        this.region = region;
    }

    void verify(WireRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            throw new WireException("MissingAuthenticationTokenException", 400, "Missing Authentication Token");
        }
        Authorization auth = Authorization.parse(authorization);
        String secret = secretsByAccessKeyId.get(auth.accessKeyId);
        if (secret == null) {
            throw new WireException("UnrecognizedClientException", 400,
                    "The security token included in the request is invalid.");
        }
        if (!region.equals(auth.region)) {
            throw invalid("Credential should be scoped to a valid region, not '" + auth.region + "'. ");
        }
        if (!SERVICE.equals(auth.service)) {
            throw invalid("Credential should be scoped to correct service: '" + SERVICE + "'. ");
        }
        Instant date = amzDate(request);
        if (!auth.date.equals(AMZ_DATE.format(date.atOffset(ZoneOffset.UTC)).substring(0, 8))) {
            throw invalid("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + auth.date + "'");
        }
        String expected;
        try {
            expected = expectedSignature(request, auth, secret, date);
        } catch (WireException e) {
            throw e;
        } catch (RuntimeException e) {
            // a header name or path the signer cannot canonicalize cannot have been signed by a real client
            throw invalid("The request cannot be canonicalized for signature verification.");
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                auth.signature.getBytes(StandardCharsets.US_ASCII))) {
            throw invalid("The request signature we calculated does not match the signature you provided. "
                    + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }
    }

    private String expectedSignature(WireRequest request, Authorization auth, String secret, Instant date) {
        SdkHttpRequest.Builder copy = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .protocol("http")
                .encodedPath(request.uri().getRawPath());
        host(copy, request.header("Host"));
        putQuery(copy, request.uri().getRawQuery());
        for (String name : auth.signedHeaders) {
            List<String> values = request.headers().get(name);
            if (values == null) {
                throw invalid("Signed header " + name + " is missing from the request");
            }
            copy.putHeader(name, values);
        }
        SignedRequest signed = signer.sign(r -> r
                .request(copy.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(request.body()))
                .identity(AwsCredentialsIdentity.create(auth.accessKeyId, secret))
                .putProperty(AwsV4HttpSigner.REGION_NAME, auth.region)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, auth.service)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(date, ZoneOffset.UTC)));
        String header = signed.request().firstMatchingHeader("Authorization").orElse("");
        return Authorization.parse(header).signature;
    }

    private static void host(SdkHttpRequest.Builder copy, String host) {
        if (host == null) {
            throw invalid("The Host header must be signed and present");
        }
        try {
            URI uri = new URI("http://" + host);
            if (uri.getHost() == null) {
                throw invalid("The Host header is malformed");
            }
            copy.host(uri.getHost()).port(uri.getPort() == -1 ? 80 : uri.getPort());
        } catch (URISyntaxException e) {
            throw invalid("The Host header is malformed");
        }
    }

    private static void putQuery(SdkHttpRequest.Builder copy, String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            copy.appendRawQueryParameter(decode(name), decode(value));
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("The query string is malformed");
        }
    }

    private static Instant amzDate(WireRequest request) {
        String value = request.header("X-Amz-Date");
        if (value == null) {
            throw incomplete("Authorization header requires existence of a 'X-Amz-Date' header.");
        }
        try {
            return LocalDateTime.parse(value, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw incomplete("X-Amz-Date must be in the ISO8601 basic format yyyyMMdd'T'HHmmss'Z'.");
        }
    }

    private static WireException invalid(String message) {
        return new WireException("InvalidSignatureException", 400, message);
    }

    private static WireException incomplete(String message) {
        return new WireException("IncompleteSignatureException", 400, message);
    }

    /** The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}. */
    private static final class Authorization {
        final String accessKeyId;
        final String date;
        final String region;
        final String service;
        final List<String> signedHeaders;
        final String signature;

        private Authorization(String[] scope, List<String> signedHeaders, String signature) {
            this.accessKeyId = scope[0];
            this.date = scope[1];
            this.region = scope[2];
            this.service = scope[3];
            this.signedHeaders = signedHeaders;
            this.signature = signature;
        }

        static Authorization parse(String header) {
            if (!header.startsWith(ALGORITHM + " ")) {
                throw incomplete("Authorization header must use the " + ALGORITHM + " algorithm.");
            }
            Map<String, String> parts = new HashMap<>();
            for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                }
            }
            String credential = parts.get("Credential");
            String signedHeaders = parts.get("SignedHeaders");
            String signature = parts.get("Signature");
            if (credential == null || signedHeaders == null || signature == null) {
                throw incomplete("Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
            }
            String[] scope = credential.split("/", -1);
            if (scope.length != 5 || !"aws4_request".equals(scope[4]) || scope[0].isEmpty()) {
                throw incomplete("Credential must have the form <access key id>/<date>/<region>/<service>/aws4_request.");
            }
            if (signedHeaders.isEmpty()) {
                throw incomplete("SignedHeaders must name the signed headers.");
            }
            return new Authorization(scope, List.of(signedHeaders.split(";")), signature);
        }
    }
}
