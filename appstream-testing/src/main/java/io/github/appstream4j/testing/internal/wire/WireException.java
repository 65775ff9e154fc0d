package io.github.appstream4j.testing.internal.wire;

/**
 * An error the wire server answers with: the AWS error code, the HTTP status and the message, written as
 * {@code {"__type": code, "message": message}} with the {@code x-amzn-ErrorType} header.
 */
public final class WireException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final int statusCode;

    WireException(String errorCode, int statusCode, String message) {
        // no stack trace: these are answers to bad requests, created by the thousand while fuzzing
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.statusCode = statusCode;
    }

    static WireException serialization(String message) {
        return new WireException("SerializationException", 400, message);
    }

    static WireException unknownOperation(String message) {
        return new WireException("UnknownOperationException", 400, message);
    }

    static WireException validation(String message) {
        return new WireException("ValidationException", 400, message);
    }

    /** The AWS error code, e.g. {@code SerializationException}. */
    public String errorCode() {
        return errorCode;
    }

    /** The HTTP status code of the answer. */
    public int statusCode() {
        return statusCode;
    }
}
