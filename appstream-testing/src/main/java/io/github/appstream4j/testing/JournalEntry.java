package io.github.appstream4j.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.appstream.model.AppStreamRequest;

/**
 * One call answered by a {@link FakeAppStream} client: which operation, for which image builder names, with
 * which request, when (on the fake's clock, after any injected latency), and how it ended.
 *
 * <p>Immutable and thread-safe.
 */
public final class JournalEntry {

    private final FakeOperation operation;
    private final List<String> names;
    private final AppStreamRequest request;
    private final Instant time;
    private final String errorCode;
    private final int statusCode;

    JournalEntry(FakeOperation operation, List<String> names, AppStreamRequest request, Instant time,
            String errorCode, int statusCode) {
        this.operation = operation;
        this.names = List.copyOf(names);
        this.request = request;
        this.time = time;
        this.errorCode = errorCode;
        this.statusCode = statusCode;
    }

    /**
     * Returns the operation called.
     *
     * @return the operation
     */
    public FakeOperation operation() {
        return operation;
    }

    /**
     * Returns the image builder names the request named: the one {@code Name} of create/start/stop/delete, the
     * {@code Names} of a describe (empty when it listed all).
     *
     * @return the names, immutable
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns the SDK request as received, to assert on any parameter (e.g. {@code AppstreamAgentVersion}).
     *
     * @return the request
     */
    public AppStreamRequest request() {
        return request;
    }

    /**
     * Returns when the call was answered, on the fake's clock.
     *
     * @return the answer time
     */
    public Instant time() {
        return time;
    }

    /**
     * Tells whether the call returned a response.
     *
     * @return true for a response, false for an error
     */
    public boolean succeeded() {
        return errorCode == null;
    }

    /**
     * Returns the error code of a failed call, e.g. {@code "ResourceNotFoundException"}.
     *
     * @return the error code, or empty when the call succeeded
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * Returns the HTTP status the call would have had: 200, or the error's status.
     *
     * @return the HTTP status
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns {@code "ok"} for a success, else the error code: handy for asserting a whole journal.
     *
     * @return the outcome
     */
    public String outcome() {
        return errorCode == null ? "ok" : errorCode;
    }

    @Override
    public String toString() {
        return time + " " + operation.wireName() + names + " -> " + outcome();
    }
}
