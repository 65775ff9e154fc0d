package io.github.appstream4j.testing.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Seeded generator of awsJson requests: valid ones for every served operation, and mutations of them
 * (flipped bytes, truncation, wrong JSON types, huge numbers, deep nesting, odd unicode, random targets,
 * content types, methods, paths and headers).
 */
final class FuzzRequests {
    static final String[] OPERATIONS = {"CreateImageBuilder", "StartImageBuilder", "StopImageBuilder",
        "DescribeImageBuilders", "DeleteImageBuilder"};
    private static final String[] METHODS = {"GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "FUZZ"};
    // not "//": java.net.URI rejects it, so the JDK server answers it (400 text/html) before any handler runs
    private static final String[] PATHS = {"/x", "/a//b", "/?Action=DescribeImageBuilders", "/%2e%2e/", "/index.html",
        "/service/PhotonAdminProxyService/operation/DescribeImageBuilders"};
    private static final String[] CONTENT_TYPES = {null, "", "application/json", "application/x-amz-json-1.0",
        "application/cbor", "text/plain", "application/x-amz-json-1.1; charset=latin1", "APPLICATION/X-AMZ-JSON-1.1",
        "application/x-amz-json-1.1;", "application/x-amz-json-1.11", "multipart/form-data; boundary=x"};

    /** A request to send: method, path, headers and body. */
    record Case(String kind, String method, String path, Map<String, String> headers, byte[] body) {
    }

    /** Raw JSON text spliced into a document as is. */
    private record Raw(String text) {
    }

    private final Random random;
    private int created;

    FuzzRequests(long seed) {
        this.random = new Random(seed);
    }

    Case next() {
        String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
        Map<String, Object> body = validBody(operation);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Target", WireFixtures.PREFIX + operation);
        headers.put("Content-Type", WireFixtures.JSON_11);
        int kind = random.nextInt(16);
        switch (kind) {
            case 0:
            case 1:
                return json("valid", headers, body);
            case 2:
                return bytes("flipped-bytes", headers, flip(write(body).getBytes(StandardCharsets.UTF_8)));
            case 3:
                byte[] full = write(body).getBytes(StandardCharsets.UTF_8);
                return bytes("truncated", headers, Arrays.copyOf(full, random.nextInt(full.length)));
            case 4:
                return json("wrong-type", headers, replaceMember(body, oddValue()));
            case 5:
                return json("deep-nesting", headers, replaceMember(body, new Raw(deep(1 + random.nextInt(3000)))));
            case 6:
                return json("unicode", headers, replaceMember(body, unicode()));
            case 7:
                return json("huge-number", headers, replaceMember(body, new Raw(hugeNumber())));
            case 8:
                headers.put("X-Amz-Target", target(operation));
                return json("target", headers, body);
            case 9:
                String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                headers.remove("Content-Type");
                if (contentType != null) {
                    headers.put("Content-Type", contentType);
                }
                return json("content-type", headers, body);
            case 10:
                return new Case("method-path", METHODS[random.nextInt(METHODS.length)],
                        random.nextBoolean() ? "/" : PATHS[random.nextInt(PATHS.length)], headers,
                        write(body).getBytes(StandardCharsets.UTF_8));
            case 11:
                byte[] garbage = new byte[random.nextInt(300)];
                random.nextBytes(garbage);
                return bytes("random-bytes", headers, garbage);
            case 12:
                addRandomHeaders(headers);
                return json("headers", headers, body);
            case 13:
                body.put("Unknown" + random.nextInt(5), oddValue());
                body.put(pick(body), null);
                return json("unknown-and-null", headers, body);
            case 14:
                return bytes("duplicate-keys", headers, duplicateKeys(write(body)).getBytes(StandardCharsets.UTF_8));
            default:
                return json("structure", headers, replaceNested(body));
        }
    }

    /** A body over the server's 1 MiB limit. */
    Case oversized() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Target", WireFixtures.PREFIX + "DescribeImageBuilders");
        headers.put("Content-Type", WireFixtures.JSON_11);
        return bytes("oversized", headers, ("{\"NextToken\":\"" + "t".repeat((1 << 20) + random.nextInt(1 << 20)) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> validBody(String operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (operation) {
            case "CreateImageBuilder":
                body.put("Name", "fz-" + (created++));
                body.put("InstanceType", "stream.standard.small");
                body.put("ImageName", "AppStream-WinServer2022");
                body.put("Description", "fuzz");
                body.put("VpcConfig", mapOf("SubnetIds", List.of("subnet-1"), "SecurityGroupIds", List.of("sg-1")));
                body.put("Tags", mapOf("team", "fuzz"));
                body.put("AccessEndpoints", List.of(mapOf("EndpointType", "STREAMING", "VpceId", "vpce-1")));
                body.put("RootVolumeConfig", mapOf("VolumeSizeInGb", 200));
                body.put("EnableDefaultInternetAccess", random.nextBoolean());
                body.put("DomainJoinInfo", mapOf("DirectoryName", "corp.example.com"));
                body.put("SoftwaresToInstall", List.of("a"));
                break;
            case "DescribeImageBuilders":
                if (random.nextBoolean()) {
                    body.put("Names", List.of("fuzz-running", "fuzz-stopped"));
                }
                if (random.nextBoolean()) {
                    body.put("MaxResults", 1 + random.nextInt(30));
                }
                break;
            case "StartImageBuilder":
                body.put("Name", random.nextBoolean() ? "fuzz-stopped" : "fz-" + random.nextInt(created + 1));
                body.put("AppstreamAgentVersion", "[LATEST]");
                break;
            default:
                body.put("Name", random.nextBoolean() ? "fuzz-running" : "fz-" + random.nextInt(created + 1));
                break;
        }
        return body;
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private Case json(String kind, Map<String, String> headers, Map<String, Object> body) {
        return bytes(kind, headers, write(body).getBytes(StandardCharsets.UTF_8));
    }

    private static Case bytes(String kind, Map<String, String> headers, byte[] body) {
        return new Case(kind, "POST", "/", headers, body);
    }

    private byte[] flip(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private String pick(Map<String, Object> body) {
        List<String> keys = new ArrayList<>(body.keySet());
        return keys.isEmpty() ? "Names" : keys.get(random.nextInt(keys.size()));
    }

    private Map<String, Object> replaceMember(Map<String, Object> body, Object value) {
        body.put(body.isEmpty() || random.nextInt(4) == 0 ? "MaxResults" : pick(body), value);
        return body;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> replaceNested(Map<String, Object> body) {
        for (Object value : body.values()) {
            if (value instanceof Map && random.nextBoolean()) {
                Map<String, Object> nested = (Map<String, Object>) value;
                nested.put(pick(nested), oddValue());
                return body;
            }
            if (value instanceof List && !((List<?>) value).isEmpty() && random.nextBoolean()) {
                List<Object> list = new ArrayList<>((List<Object>) value);
                list.set(random.nextInt(list.size()), oddValue());
                body.put(pick(body), list);
                return body;
            }
        }
        return replaceMember(body, Arrays.asList(oddValue(), oddValue()));
    }

    private Object oddValue() {
        switch (random.nextInt(18)) {
            case 0: return null;
            case 1: return random.nextBoolean();
            case 2: return random.nextInt();
            case 3: return random.nextLong();
            case 4: return random.nextDouble() * 1e6;
            case 5: return "";
            case 6: return "s".repeat(random.nextInt(5000));
            case 7: return List.of();
            case 8: return mapOf();
            case 9: return List.of(List.of(List.of("x")));
            case 10: return mapOf("Name", mapOf("Name", Arrays.asList(1, true, null)));
            case 11: return new Raw(hugeNumber());
            case 12: return unicode();
            case 13: return new Raw("\"\\ud800\\udc00\\udfff\\u0000\"");
            case 14: return Collections.nCopies(1 + random.nextInt(2000), "n");
            case 15: return new Raw(deep(1 + random.nextInt(100)));
            case 16: return mapOf("EndpointType", 7);
            default: return -1;
        }
    }

    private String hugeNumber() {
        switch (random.nextInt(6)) {
            case 0: return "1e" + random.nextInt(Integer.MAX_VALUE);
            case 1: return "-1e-" + random.nextInt(Integer.MAX_VALUE);
            case 2: return "9".repeat(1 + random.nextInt(1200));
            case 3: return "0." + "0".repeat(random.nextInt(900)) + "1";
            case 4: return Long.MAX_VALUE + "0";
            default: return "1.7976931348623157E309";
        }
    }

    private String deep(int depth) {
        boolean arrays = random.nextBoolean();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "[" : "{\"a\":");
        }
        text.append("1");
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "]" : "}");
        }
        return text.toString();
    }

    private String unicode() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0: text.append((char) (0xD800 + random.nextInt(0x800))); break;
                case 1: text.append((char) random.nextInt(0x20)); break;
                case 2: text.appendCodePoint(0x1F600 + random.nextInt(80)); break;
                case 3: text.append("名前ü\u200B\uFEFF\u202E"); break;
                default: text.append((char) (0x20 + random.nextInt(0x5F))); break;
            }
        }
        return text.toString();
    }

    private String target(String operation) {
        switch (random.nextInt(8)) {
            case 0: return "";
            case 1: return operation;
            case 2: return "PhotonAdminProxyService." + operation.toLowerCase(Locale.ROOT);
            case 3: return "PhotonAdminProxyService.DescribeFleets";
            case 4: return "DynamoDB_20120810." + operation;
            case 5: return "PhotonAdminProxyService." + operation + "X";
            case 6: return " PhotonAdminProxyService." + operation + " ";
            default: return randomToken(1 + random.nextInt(60));
        }
    }

    private void addRandomHeaders(Map<String, String> headers) {
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(5)) {
                case 0:
                    headers.put("Authorization", "AWS4-HMAC-SHA256 " + randomToken(random.nextInt(200)));
                    break;
                case 1:
                    headers.put("X-Amz-Date", randomToken(16));
                    break;
                case 2:
                    headers.put("Content-Encoding", random.nextBoolean() ? "gzip" : "identity");
                    break;
                case 3:
                    headers.put("X-Amz-Target", headers.get("X-Amz-Target") + ", " + WireFixtures.PREFIX + "StopImageBuilder");
                    break;
                default:
                    headers.put("x-fuzz-" + randomToken(1 + random.nextInt(20)).replaceAll("[^A-Za-z0-9-]", "a"),
                            randomToken(random.nextInt(500)));
                    break;
            }
        }
    }

    private String randomToken(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x21 + random.nextInt(0x5E)));
        }
        return text.toString();
    }

    private String duplicateKeys(String json) {
        return json.length() < 2 ? json : "{\"Name\":1," + json.substring(1);
    }

    /** Writes a JSON document; {@link Raw} values are spliced in unchecked. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw) {
            out.append(((Raw) value).text());
        } else if (value instanceof String) {
            quote(out, (String) value);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.append(separator);
                quote(out, (String) entry.getKey());
                out.append(':');
                write(out, entry.getValue());
                separator = ",";
            }
            out.append('}');
        } else {
            out.append('[');
            String separator = "";
            for (Object element : (List<?>) value) {
                out.append(separator);
                write(out, element);
                separator = ",";
            }
            out.append(']');
        }
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
