package io.github.appstream4j.testing.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, one request per connection, headers sent exactly as given: unlike
 * {@link java.net.http.HttpClient} it may set {@code Host}, repeat a header or leave one out, which is what
 * replaying a request signed elsewhere, or mutating its signed headers, needs.
 */
final class RawHttp {
    private static final int TIMEOUT_MILLIS = 20_000;

    /** One header line. */
    record Header(String name, String value) {
    }

    /** A parsed answer: status, headers by lower-case name, body as UTF-8. */
    record Response(int status, Map<String, List<String>> headers, String body) {
        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    private RawHttp() {
    }

    /**
     * Sends the request with {@code Content-Length} and {@code Connection: close} added, and reads the answer up
     * to the end of the connection.
     */
    static Response exchange(InetSocketAddress server, String method, String path, List<Header> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        for (Header header : headers) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(server, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream(), "HEAD".equals(method));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + method + " " + path, e);
        }
    }

    private static Response parse(InputStream in, boolean head) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("Incomplete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!head) {
            int length = headers.containsKey("content-length")
                    ? Integer.parseInt(headers.get("content-length").get(0)) : all.length - end - 4;
            body.write(all, end + 4, Math.min(length, all.length - end - 4));
        }
        return new Response(Integer.parseInt(statusLine[1]), headers, body.toString(StandardCharsets.UTF_8));
    }
}
