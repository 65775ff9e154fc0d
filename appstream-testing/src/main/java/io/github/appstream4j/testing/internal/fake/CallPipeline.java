package io.github.appstream4j.testing.internal.fake;

import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.FakeOperation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.appstream.model.AppStreamRequest;

/** What every call goes through: a request id, injected faults and latency, the operation, the journal. */
public final class CallPipeline {

    /** Receives each answered call. */
    @FunctionalInterface
    public interface Recorder {
        void record(FakeOperation operation, List<String> names, AppStreamRequest request, Instant time,
                String errorCode, int statusCode);
    }

    private final Clock clock;
    private final Consumer<Duration> sleeper;
    private final FaultPlan faults;
    private final Recorder recorder;
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean closed;

    public CallPipeline(Clock clock, Consumer<Duration> sleeper, FaultPlan faults, Recorder recorder) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.faults = faults;
        this.recorder = recorder;
    }

    public void close() {
        closed = true;
    }

    <T> T call(FakeOperation operation, AppStreamRequest request, List<String> names, Function<String, T> body) {
        if (closed) {
            throw new IllegalStateException("the FakeAppStream behind this client is closed");
        }
        String requestId = String.format("fake-%08d", requests.incrementAndGet());
        FaultPlan.Decision decision = faults.decide(operation);
        if (!decision.delay().isZero()) {
            sleeper.accept(decision.delay());
        }
        try {
            Fault error = decision.error();
            if (error != null) {
                throw ServiceErrors.of(error.errorCode().orElseThrow(), error.statusCode(),
                        error.message().orElseThrow(), requestId);
            }
            T response = body.apply(requestId);
            recorder.record(operation, names, request, clock.instant(), null, 200);
            return response;
        } catch (AwsServiceException e) {
            recorder.record(operation, names, request, clock.instant(), e.awsErrorDetails().errorCode(), e.statusCode());
            throw e;
        }
    }
}
