package io.github.appstream4j;

import io.github.appstream4j.model.ImageBuilder;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An API call failed with an error that retrying does not fix, e.g. {@code LimitExceededException},
 * {@code InvalidAccountStatusException}, {@code OperationNotPermittedException}, a validation error, or a
 * client-side SDK error such as missing credentials. The cause is the SDK exception.
 */
public class ImageBuilderRequestException extends ImageBuilderException {
  private static final long serialVersionUID = 1L;

  /** The API operation that failed. */
  private final String operation;
  /** The service error code, or null. */
  private final String errorCode;
  /** The HTTP status code, or null. */
  private final Integer statusCode;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param name the image builder name
   * @param lastSeen the builder as last seen, or null
   * @param operation the AppStream operation
   * @param errorCode the service's error code, or null for a client-side error
   * @param statusCode the HTTP status, or null for a client-side error
   * @param cause the SDK exception
   */
  public ImageBuilderRequestException(String message, String name, ImageBuilder lastSeen, String operation,
      String errorCode, Integer statusCode, Throwable cause) {
    super(message, name, lastSeen, cause);
    this.operation = operation;
    this.errorCode = errorCode;
    this.statusCode = statusCode;
  }

  /**
   * The AppStream operation that failed.
   *
   * @return e.g. {@code "StartImageBuilder"}
   */
  public String operation() {
    return operation;
  }

  /**
   * The service's error code.
   *
   * @return e.g. {@code "LimitExceededException"}; empty for a client-side error
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The HTTP status of the error response.
   *
   * @return e.g. 400; empty for a client-side error
   */
  public OptionalInt statusCode() {
    return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
  }
}
