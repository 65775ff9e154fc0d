package io.github.appstream4j.testing.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Seeded requests for a strict server: {@link FuzzRequests}' requests, signed by {@link SigV4TestSigner}, most of
 * them then broken in their {@code Authorization}, {@code X-Amz-Date} or {@code Host} header or their body, each
 * with what the signature check must say.
 */
final class SignedFuzzRequests {
    static final Set<String> SIGNATURE_ERRORS = Set.of("MissingAuthenticationTokenException",
            "IncompleteSignatureException", "InvalidSignatureException", "UnrecognizedClientException");
    private static final String DATE = "20241204T101112Z";

    /** What the signature check must conclude. */
    enum Expect {
        /** It passes: whatever the answer, it is no signature error. */
        ACCEPTED,
        /** It fails: a 400 with one of {@link #SIGNATURE_ERRORS}, when the request reaches the check at all. */
        REJECTED
    }

    /** A request to send raw. */
    record Case(String kind, String method, String path, List<RawHttp.Header> headers, byte[] body, Expect expect) {
        /** Whether the server checks the signature before anything else can fail: POST / within the size limit. */
        boolean reachesSignatureCheck() {
            return "POST".equals(method) && "/".equals(path);
        }
    }

    private final FuzzRequests requests;
    private final Random random;
    private final String host;
    private final String accessKeyId;
    private final SigV4TestSigner signer;

    SignedFuzzRequests(long seed, int port, String accessKeyId, String secret, String region) {
        this.requests = new FuzzRequests(seed);
        this.random = new Random(seed + 1);
        this.host = "127.0.0.1:" + port;
        this.accessKeyId = accessKeyId;
        this.signer = new SigV4TestSigner(accessKeyId, secret, region, "appstream");
    }

    Case next() {
        FuzzRequests.Case base = requests.next();
        List<RawHttp.Header> headers = new ArrayList<>();
        headers.add(new RawHttp.Header("Host", host));
        base.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Authorization") && !name.equalsIgnoreCase("X-Amz-Date")) {
                headers.add(new RawHttp.Header(name, value));
            }
        });
        headers.add(new RawHttp.Header("X-Amz-Date", DATE));
        Set<String> toSign = random.nextBoolean() ? Set.of("content-type", "host", "x-amz-date", "x-amz-target")
                : headers.stream().map(h -> h.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        headers.add(new RawHttp.Header("Authorization",
                signer.authorization(base.method(), "/", headers, base.body(), toSign)));
        Case signed = new Case(base.kind() + "/signed", base.method(), base.path(), headers, base.body(), Expect.ACCEPTED);
        switch (random.nextInt(10)) {
            case 0:
            case 1:
            case 2:
                return signed;
            case 3:
            case 4:
            case 5:
                return authorization(signed);
            case 6:
            case 7:
                return date(signed);
            case 8:
                return host(signed);
            default:
                byte[] body = Arrays.copyOf(signed.body(), signed.body().length + 1);
                body[body.length - 1] = ' ';
                return new Case(base.kind() + "/body-changed", signed.method(), signed.path(), headers, body,
                        Expect.REJECTED);
        }
    }

    private Case authorization(Case signed) {
        String auth = value(signed, "Authorization");
        String signature = auth.substring(auth.lastIndexOf('=') + 1);
        String signedHeaders = auth.substring(auth.indexOf("SignedHeaders=") + 14, auth.indexOf(", Signature="));
        switch (random.nextInt(13)) {
            case 0:
                char c = signature.charAt(random.nextInt(signature.length()));
                return replace(signed, "auth-signature-flipped", "Authorization",
                        v -> v.replace("Signature=" + signature, "Signature=" + signature.replace(c, c == '0' ? '1' : '0')));
            case 1:
                return replace(signed, "auth-signature-truncated", "Authorization", v -> v.substring(0, v.length() - 1));
            case 2:
                return replace(signed, "auth-unknown-key", "Authorization",
                        v -> v.replace("Credential=" + accessKeyId, "Credential=AKIDFUZZ" + random.nextInt(100)));
            case 3:
                return replace(signed, "auth-scope-region", "Authorization", v -> v.replace("/us-east-1/", "/eu-west-1/"));
            case 4:
                return replace(signed, "auth-scope-service", "Authorization", v -> v.replace("/appstream/", "/appstream2/"));
            case 5:
                return replace(signed, "auth-scope-date", "Authorization", v -> v.replace("/20241204/", "/20241205/"));
            case 6:
                return replace(signed, "auth-host-unsigned", "Authorization",
                        v -> v.replace(signedHeaders, signedHeaders.replace("host;", "")));
            case 7:
                return replace(signed, "auth-header-not-sent", "Authorization",
                        v -> v.replace(signedHeaders, signedHeaders + ";x-not-sent"));
            case 8:
                String[] parts = {"Credential=", "SignedHeaders=", "Signature="};
                String dropped = parts[random.nextInt(parts.length)];
                return replace(signed, "auth-part-missing", "Authorization", v -> v.replace(dropped, "Dropped="));
            case 9:
                return replace(signed, "auth-random", "Authorization",
                        v -> (random.nextBoolean() ? "AWS4-HMAC-SHA256 " : "") + token(random.nextInt(300)));
            case 10:
                return replace(signed, "auth-algorithm", "Authorization", v -> v.replace("HMAC-SHA256", "HMAC-SHA512"));
            case 11:
                return replace(signed, "auth-removed", "Authorization", v -> null);
            default:
                Case twice = replace(signed, "auth-broken-then-good", "Authorization",
                        v -> v.replace(signature, "0".repeat(64)));
                twice.headers().add(header(signed, "Authorization"));
                return twice;
        }
    }

    private Case date(Case signed) {
        switch (random.nextInt(5)) {
            case 0:
                return replace(signed, "date-second", "X-Amz-Date", v -> v.replace("12Z", "13Z"));
            case 1:
                return replace(signed, "date-other-day", "X-Amz-Date", v -> v.replace("20241204T", "20241205T"));
            case 2:
                return replace(signed, "date-garbage", "X-Amz-Date", v -> token(random.nextInt(30)));
            case 3:
                Case twice = replace(signed, "date-twice", "X-Amz-Date", v -> v);
                twice.headers().add(new RawHttp.Header("X-Amz-Date", "20241204T101113Z"));
                return twice;
            default:
                return replace(signed, "date-removed", "X-Amz-Date", v -> null);
        }
    }

    private Case host(Case signed) {
        switch (random.nextInt(4)) {
            case 0:
                return replace(signed, "host-port", "Host", v -> v.replaceAll(":\\d+$", ":1"));
            case 1:
                return replace(signed, "host-name", "Host", v -> v.replace("127.0.0.1", "localhost"));
            case 2:
                return replace(signed, "host-removed", "Host", v -> null);
            default:
                // surrounding whitespace is not part of the value: the signature still holds
                Case padded = replace(signed, "host-padded", "Host", v -> "  " + v + "  ");
                return new Case(padded.kind(), padded.method(), padded.path(), padded.headers(), padded.body(),
                        Expect.ACCEPTED);
        }
    }

    /** The case with the named header's value changed, or the header dropped where {@code change} gives null. */
    private static Case replace(Case signed, String mutation, String name, UnaryOperator<String> change) {
        List<RawHttp.Header> headers = new ArrayList<>();
        for (RawHttp.Header header : signed.headers()) {
            String value = header.name().equals(name) ? change.apply(header.value()) : header.value();
            if (value != null) {
                headers.add(new RawHttp.Header(header.name(), value));
            }
        }
        String kind = signed.kind().replace("/signed", "/" + mutation);
        return new Case(kind, signed.method(), signed.path(), headers, signed.body(), Expect.REJECTED);
    }

    private static String value(Case signed, String name) {
        return header(signed, name).value();
    }

    private static RawHttp.Header header(Case signed, String name) {
        return signed.headers().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    private String token(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x21 + random.nextInt(0x5E)));
        }
        return text.toString();
    }
}
