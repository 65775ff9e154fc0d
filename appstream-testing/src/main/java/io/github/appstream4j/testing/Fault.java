package io.github.appstream4j.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happens to a call of {@link FakeAppStream}'s client instead of, or before, its normal
 * answer: a service error (thrown as the {@code AwsServiceException} subclass the SDK would throw, with the
 * error code and HTTP status AWS would send) or added latency.
 *
 * <p>Inject faults with {@link FakeAppStream#injectNext(FakeOperation, int, Fault)} and
 * {@link FakeAppStream#injectRandomly(FakeOperation, double, Fault)}. Instances are immutable and thread-safe.
 */
public final class Fault {

    private final String errorCode;
    private final int statusCode;
    private final String message;
    private final Duration delay;

    private Fault(String errorCode, int statusCode, String message, Duration delay) {
        this.errorCode = errorCode;
        this.statusCode = statusCode;
        this.message = message;
        this.delay = delay;
    }

    /**
     * Throttling as AWS JSON services send it: HTTP 400, code {@code ThrottlingException}, "Rate exceeded".
     * The SDK's {@code isThrottlingException()} is true for it.
     *
     * @return the fault
     */
    public static Fault throttling() {
        return error("ThrottlingException", 400, "Rate exceeded");
    }

    /**
     * Throttling by HTTP status: 429, code {@code TooManyRequestsException}. {@code isThrottlingException()}
     * is true for it.
     *
     * @return the fault
     */
    public static Fault tooManyRequests() {
        return error("TooManyRequestsException", 429, "Too Many Requests");
    }

    /**
     * AppStream's own rate limit: HTTP 400 {@code RequestLimitExceededException} (the SDK does not classify
     * it as throttling).
     *
     * @return the fault
     */
    public static Fault requestLimitExceeded() {
        return error("RequestLimitExceededException", 400, "The request limit was exceeded.");
    }

    /**
     * A quota: HTTP 400 {@code LimitExceededException}.
     *
     * @return the fault
     */
    public static Fault limitExceeded() {
        return error("LimitExceededException", 400, "The requested limit exceeds the permitted limit for an account.");
    }

    /**
     * A race with another change: HTTP 400 {@code ConcurrentModificationException}.
     *
     * @return the fault
     */
    public static Fault concurrentModification() {
        return error("ConcurrentModificationException", 400, "An API error occurred. Wait a few minutes and try again.");
    }

    /**
     * A server error: HTTP 500, code {@code InternalServiceError}.
     *
     * @return the fault
     */
    public static Fault internalError() {
        return error("InternalServiceError", 500, "An internal error occurred.");
    }

    /**
     * An unavailable service: HTTP 503, code {@code ServiceUnavailable}.
     *
     * @return the fault
     */
    public static Fault serviceUnavailable() {
        return error("ServiceUnavailable", 503, "Service is currently unavailable.");
    }

    /**
     * Any service error. A code the SDK models for AppStream (e.g. {@code ResourceNotFoundException}) is thrown
     * as that subclass, any other as {@code AppStreamException}.
     *
     * @param errorCode the error code, e.g. {@code "InvalidAccountStatusException"}
     * @param statusCode the HTTP status, 400 to 599
     * @param message the error message
     * @return the fault
     * @throws NullPointerException if {@code errorCode} or {@code message} is null
     * @throws IllegalArgumentException if {@code errorCode} is blank or {@code statusCode} is outside 400..599
     */
    public static Fault error(String errorCode, int statusCode, String message) {
        Objects.requireNonNull(errorCode, "errorCode must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (errorCode.isBlank()) {
            throw new IllegalArgumentException("errorCode must not be blank but was \"" + errorCode + "\"");
        }
        if (statusCode < 400 || statusCode > 599) {
            throw new IllegalArgumentException("statusCode must be within 400..599 but was " + statusCode);
        }
        return new Fault(errorCode, statusCode, message, Duration.ZERO);
    }

    /**
     * Latency: the call is answered normally after the given delay. The delay passes on the fake's time source
     * ({@link VirtualTime#sleep(Duration)} with virtual time, a real sleep with a plain clock).
     *
     * @param delay how long the call takes, positive
     * @return the fault
     * @throws NullPointerException if {@code delay} is null
     * @throws IllegalArgumentException if {@code delay} is zero or negative
     */
    public static Fault latency(Duration delay) {
        Objects.requireNonNull(delay, "delay must not be null");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive but was " + delay);
        }
        return new Fault(null, 0, null, delay);
    }

    /**
     * Returns the error code, or empty for a latency fault.
     *
     * @return the error code
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * Returns the HTTP status of the error, or 0 for a latency fault.
     *
     * @return the HTTP status
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns the error message, or empty for a latency fault.
     *
     * @return the error message
     */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /**
     * Returns the added latency; zero for an error fault.
     *
     * @return the latency
     */
    public Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return errorCode != null ? "Fault[" + errorCode + " " + statusCode + "]" : "Fault[latency " + delay + "]";
    }
}
