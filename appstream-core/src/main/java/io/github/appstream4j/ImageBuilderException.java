package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;
import java.util.Optional;

/**
 * Root of the unchecked exceptions of appstream4j. Each carries the image builder name and the builder
 * as last seen by the facade (when there was one). Not serializable in a meaningful way: the last seen
 * builder is transient.
 */
public class ImageBuilderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The image builder name. */
  private final String name;
  private final transient ImageBuilder lastSeen;

  /**
   * Creates an exception.
   *
   * @param message what happened and what to do about it
   * @param name the image builder name ({@code "*"} for a listing)
   * @param lastSeen the builder as last seen, or null
   * @param cause the underlying error, or null
   */
  public ImageBuilderException(String message, String name, ImageBuilder lastSeen, Throwable cause) {
    super(message, cause);
    this.name = name;
    this.lastSeen = lastSeen;
  }

  /**
   * The image builder name.
   *
   * @return the name; {@code "*"} for a failure of {@link ImageBuilders#list()}
   */
  public String name() {
    return name;
  }

  /**
   * The image builder as last seen before the failure.
   *
   * @return the builder, or empty when no Describe had answered
   */
  public Optional<ImageBuilder> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }
}
