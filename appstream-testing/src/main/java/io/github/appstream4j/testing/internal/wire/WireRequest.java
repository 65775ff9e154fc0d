package io.github.appstream4j.testing.internal.wire;

import com.sun.net.httpserver.Headers;
import java.net.URI;

/** A received HTTP request with its body read, as the handler's steps see it. */
record WireRequest(String method, URI uri, Headers headers, byte[] body) {
    String header(String name) {
        return headers.getFirst(name);
    }
}
