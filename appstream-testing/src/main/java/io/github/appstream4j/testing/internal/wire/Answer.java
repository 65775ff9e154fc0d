package io.github.appstream4j.testing.internal.wire;

import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** What the server sends back: a status, the error code for errors, and the JSON body. */
final class Answer {
    static final String INTERNAL_FAILURE = "InternalFailure";
    private static final Pattern UNSAFE_CODE_CHARACTERS = Pattern.compile("[^A-Za-z0-9_.:#/-]");

    private final int status;
    private final String errorCode;
    private final byte[] body;

    private Answer(int status, String errorCode, byte[] body) {
        this.status = status;
        this.errorCode = errorCode;
        this.body = body;
    }

    static Answer ok(byte[] body) {
        return new Answer(200, null, body);
    }

    static Answer error(WireException e) {
        return error(e.statusCode(), e.errorCode(), e.getMessage());
    }

    static Answer error(int status, String errorCode, String message) {
        // the code lands in a header: keep it to the characters AWS codes are made of
        String code = UNSAFE_CODE_CHARACTERS.matcher(errorCode).replaceAll("");
        return new Answer(status, code, PojoWriter.error(code, message));
    }

    static Answer internalFailure() {
        return error(500, INTERNAL_FAILURE,
                "The request processing has failed because of an unknown error, exception or failure.");
    }

    /** The answer AWS gives for a service error: its code, status and message as the client built them. */
    static Answer fromServiceException(AwsServiceException e) {
        Optional<AwsErrorDetails> details = Optional.ofNullable(e.awsErrorDetails());
        String code = details.map(AwsErrorDetails::errorCode).filter(c -> !c.isBlank())
                .orElse(e.getClass().getSimpleName());
        String message = details.map(AwsErrorDetails::errorMessage).orElseGet(e::getMessage);
        return error(status(e, details), code, message);
    }

    private static int status(AwsServiceException e, Optional<AwsErrorDetails> details) {
        if (isErrorStatus(e.statusCode())) {
            return e.statusCode();
        }
        return details.map(AwsErrorDetails::sdkHttpResponse)
                .map(r -> r.statusCode())
                .filter(Answer::isErrorStatus)
                .orElse(400);
    }

    private static boolean isErrorStatus(int status) {
        return status >= 400 && status <= 599;
    }

    int status() {
        return status;
    }

    /** The AWS error code, or null for a success. */
    String errorCode() {
        return errorCode;
    }

    byte[] body() {
        return body;
    }
}
