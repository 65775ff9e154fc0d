/**
 * JUnit 5 integration of appstream4j's test support: {@link io.github.appstream4j.testing.junit5.AppStreamTest}
 * and {@link io.github.appstream4j.testing.junit5.AppStreamExtension} inject a fake AppStream, virtual time, a
 * facade wired to both, and on request the local wire server with a real SDK client, made fresh for each test
 * and closed after it.
 *
 * <p>Needs {@code junit-jupiter-api} on the test classpath (an optional dependency of appstream-testing).
 */
package io.github.appstream4j.testing.junit5;
