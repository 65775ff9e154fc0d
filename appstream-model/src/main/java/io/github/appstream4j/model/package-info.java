/**
 * Immutable domain model of an AppStream 2.0 image builder, independent of the AWS SDK.
 *
 * <p>{@link io.github.appstream4j.model.ImageBuilder} mirrors the service's {@code ImageBuilder} structure:
 * only {@code name} is required, every other scalar is an {@link java.util.Optional}, lists are empty when
 * absent (with a {@code hasX()} flag, as in the SDK, for an empty list the service sent). Enumerated members keep the raw wire string ({@code stateAsString()}) next to a forward-compatible
 * enum ({@code state()}) whose {@code UNKNOWN} constant stands for values added to the service later.
 *
 * <p>All value types are immutable and thread-safe; their builders are not thread-safe. Accessors never
 * return {@code null}.
 */
@ModelStyle
package io.github.appstream4j.model;
