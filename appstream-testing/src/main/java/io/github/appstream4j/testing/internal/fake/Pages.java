package io.github.appstream4j.testing.internal.fake;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * NextToken encoding: opaque to callers, but it names the last image builder returned, so paging stays
 * stable while builders come and go.
 */
final class Pages {

    static final int DEFAULT_PAGE_SIZE = 25;
    private static final String PREFIX = "fake-appstream-page:";

    private Pages() {
    }

    static String token(String lastName) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastName).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the last name of the previous page, or null if the token was not made by {@link #token}. */
    static String lastName(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return decoded.startsWith(PREFIX) ? decoded.substring(PREFIX.length()) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
