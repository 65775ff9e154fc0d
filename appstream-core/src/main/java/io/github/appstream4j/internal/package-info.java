/**
 * Implementation of the appstream4j facade: not an API, may change in any release.
 */
package io.github.appstream4j.internal;
