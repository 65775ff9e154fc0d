package io.github.appstream4j.testing.internal.fake;

import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.ConcurrentModificationException;
import software.amazon.awssdk.services.appstream.model.IncompatibleImageException;
import software.amazon.awssdk.services.appstream.model.InvalidAccountStatusException;
import software.amazon.awssdk.services.appstream.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.appstream.model.InvalidRoleException;
import software.amazon.awssdk.services.appstream.model.LimitExceededException;
import software.amazon.awssdk.services.appstream.model.OperationNotPermittedException;
import software.amazon.awssdk.services.appstream.model.RequestLimitExceededException;
import software.amazon.awssdk.services.appstream.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.appstream.model.ResourceNotAvailableException;
import software.amazon.awssdk.services.appstream.model.ResourceNotFoundException;

/**
 * Builds the exceptions the real client would throw after parsing an error response: the modeled subclass
 * for a modeled code, {@link AppStreamException} otherwise, always with {@link AwsErrorDetails} (code,
 * message, HTTP status) so that {@code isThrottlingException()} and the wire emulator see what they would see
 * from AWS.
 */
public final class ServiceErrors {

    public static final String CONCURRENT_MODIFICATION = "ConcurrentModificationException";
    public static final String INVALID_PARAMETER_COMBINATION = "InvalidParameterCombinationException";
    public static final String OPERATION_NOT_PERMITTED = "OperationNotPermittedException";
    public static final String RESOURCE_ALREADY_EXISTS = "ResourceAlreadyExistsException";
    public static final String RESOURCE_NOT_AVAILABLE = "ResourceNotAvailableException";
    public static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";
    public static final String VALIDATION = "ValidationException";

    private ServiceErrors() {
    }

    /** The status the newest model declares: 404 for ResourceNotFoundException, 400 for the other errors. */
    public static int statusOf(String code) {
        return RESOURCE_NOT_FOUND.equals(code) ? 404 : 400;
    }

    public static AwsServiceException of(String code, String message, String requestId) {
        return of(code, statusOf(code), message, requestId);
    }

    public static AwsServiceException of(String code, int status, String message, String requestId) {
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName(AppStreamClient.SERVICE_NAME)
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build();
        return builderFor(code)
                .awsErrorDetails(details)
                .message(message)
                .statusCode(status)
                .requestId(requestId)
                .build();
    }

    /** The message AWS uses for constraint violations: "2 validation errors detected: a; b". */
    public static String validationMessage(List<String> violations) {
        int n = violations.size();
        return n + " validation error" + (n == 1 ? "" : "s") + " detected: " + String.join("; ", violations);
    }

    private static AwsServiceException.Builder builderFor(String code) {
        switch (code) {
            case CONCURRENT_MODIFICATION: return ConcurrentModificationException.builder();
            case "IncompatibleImageException": return IncompatibleImageException.builder();
            case "InvalidAccountStatusException": return InvalidAccountStatusException.builder();
            case INVALID_PARAMETER_COMBINATION: return InvalidParameterCombinationException.builder();
            case "InvalidRoleException": return InvalidRoleException.builder();
            case "LimitExceededException": return LimitExceededException.builder();
            case OPERATION_NOT_PERMITTED: return OperationNotPermittedException.builder();
            case "RequestLimitExceededException": return RequestLimitExceededException.builder();
            case RESOURCE_ALREADY_EXISTS: return ResourceAlreadyExistsException.builder();
            case RESOURCE_NOT_AVAILABLE: return ResourceNotAvailableException.builder();
            case RESOURCE_NOT_FOUND: return ResourceNotFoundException.builder();
            default: return AppStreamException.builder();
        }
    }
}
