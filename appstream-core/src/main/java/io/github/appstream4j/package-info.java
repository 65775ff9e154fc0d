/**
 * Start AWS AppStream 2.0 image builders and wait until they are {@code RUNNING} (or {@code STOPPED}).
 *
 * <p>The entry point is {@link io.github.appstream4j.ImageBuilders}:
 * <pre>{@code
 * try (ImageBuilders builders = ImageBuilders.create(AppStreamClient.create())) {
 *     ImageBuilder b = builders.start("my-builder").awaitRunning();
 * }
 * }</pre>
 * Waiting is tuned by {@link io.github.appstream4j.WaitPolicy}, retries of each API call by
 * {@link io.github.appstream4j.RetryPolicy}; every failure is an unchecked
 * {@link io.github.appstream4j.ImageBuilderException}. Everything under {@code
 * io.github.appstream4j.internal}
 * is implementation and may change in any release.
 */
package io.github.appstream4j;
