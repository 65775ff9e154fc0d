package io.github.appstream4j.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this package. Generated {@code ImmutableX} classes stay package-private and
 * hidden behind {@code X.builder()}; Optional setters accept {@code null} as "absent", like SDK v2 builders.
 *
 * <p>{@code allowedClasspathAnnotations} names only {@code Override} (an empty list would allow every
 * annotation Immutables finds): otherwise the class files keep {@code @org.immutables.value.Generated}, which
 * users' javac cannot resolve without Immutables and reports under {@code -Xlint:all}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
@interface ModelStyle {}
