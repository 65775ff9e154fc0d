package io.github.appstream4j.testing;

import io.github.appstream4j.internal.mapping.ImageBuilderMapper;
import io.github.appstream4j.model.ImageBuilderNames;
import io.github.appstream4j.testing.internal.fake.CallPipeline;
import io.github.appstream4j.testing.internal.fake.FakeClient;
import io.github.appstream4j.testing.internal.fake.FakeService;
import io.github.appstream4j.testing.internal.fake.FaultPlan;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/**
 * An in-memory AppStream that knows image builders: {@link #client()} answers CreateImageBuilder,
 * StartImageBuilder, StopImageBuilder, DescribeImageBuilders and DeleteImageBuilder like the service,
 * with the same errors (as the SDK's {@code AwsServiceException} subclasses, error codes and HTTP statuses),
 * and with state transitions that take time on the fake's clock.
 *
 * <h2>Behaviour</h2>
 * <ul>
 *   <li>Create validates the request (ValidationException naming the members; ImageName together with
 *       ImageArn is an InvalidParameterCombinationException; neither is accepted and leaves ImageArn absent),
 *       rejects a taken name with ResourceAlreadyExistsException, and answers PENDING; the builder is RUNNING
 *       after the start duration. ARN {@code arn:aws:appstream:<region>:<account>:image-builder/<name>}.</li>
 *   <li>Start: STOPPED → PENDING → RUNNING. A transitional state (PENDING, UPDATING_AGENT, …, STOPPING,
 *       SNAPSHOTTING) is answered with ConcurrentModificationException; RUNNING, FAILED and DELETING with
 *       ResourceNotAvailableException. AppstreamAgentVersion is recorded.</li>
 *   <li>Stop: RUNNING → STOPPING → STOPPED. Transitional → ConcurrentModificationException; STOPPED, FAILED,
 *       DELETING → OperationNotPermittedException.</li>
 *   <li>Delete: STOPPED or FAILED → DELETING, gone after the delete duration (at once when it is zero; the
 *       response still shows DELETING). Transitional → ConcurrentModificationException; RUNNING, DELETING →
 *       OperationNotPermittedException.</li>
 *   <li>Describe: ordered by name; Names with an unknown name fails the whole call with
 *       ResourceNotFoundException (HTTP 404); pages of MaxResults (default 25) with an opaque NextToken; a
 *       token this fake did not issue is a ValidationException.</li>
 *   <li>Unknown names → ResourceNotFoundException (HTTP 404). Everything else is HTTP 400.</li>
 * </ul>
 * State is computed from the clock on each access, so no background thread is involved: the fake works with
 * {@link VirtualTime} and with the system clock alike.
 *
 * <p>Tests can seed builders ({@link #givenImageBuilder}), script them ({@link #script}), inject faults
 * ({@link #injectNext}, {@link #injectRandomly}; random faults are drawn from the seed) and read the
 * {@link #journal()} of every call.
 *
 * <p>Thread-safety: all methods and the client may be used from any number of threads; each call sees one
 * consistent state. Given the same seed and the same calls in the same virtual time, the journal is the same.
 */
public final class FakeAppStream implements AutoCloseable {

    private static final Pattern REGION = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d+$");
    private static final Pattern ACCOUNT = Pattern.compile("^\\d{12}$");

    private final Clock clock;
    private final FakeService service;
    private final FaultPlan faults;
    private final CallPipeline pipeline;
    private final AppStreamClient client;
    private final List<JournalEntry> journal = new ArrayList<>();

    private FakeAppStream(Builder b) {
        Consumer<Duration> sleeper = b.virtualTime != null ? b.virtualTime::sleep : FakeAppStream::sleepWallClock;
        FakeDurations durations = b.durations != null ? b.durations
                : b.virtualTime != null ? FakeDurations.realistic() : FakeDurations.quick();
        this.clock = b.clock;
        this.service = new FakeService(clock, b.region, b.accountId, durations);
        this.faults = new FaultPlan(b.seed);
        this.pipeline = new CallPipeline(clock, sleeper, faults, (op, names, request, time, code, status) -> {
            synchronized (journal) {
                journal.add(new JournalEntry(op, names, request, time, code, status));
            }
        });
        this.client = new FakeClient(service, pipeline);
    }

    private static void sleepWallClock(Duration d) {
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Creates a fake on the system clock with {@link FakeDurations#quick()}, seed 0, region us-east-1 and
     * account 123456789012.
     *
     * @return a new fake
     */
    public static FakeAppStream create() {
        return builder().build();
    }

    /**
     * Creates a fake on the given virtual time with {@link FakeDurations#realistic()}, seed 0, region us-east-1
     * and account 123456789012.
     *
     * @param time the virtual time, which the fake does not close
     * @return a new fake
     * @throws NullPointerException if {@code time} is null
     */
    public static FakeAppStream create(VirtualTime time) {
        return builder().virtualTime(time).build();
    }

    /**
     * Starts configuring a fake.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the client of this fake. The image-builder operations above are implemented, their
     * {@code Consumer<Builder>} overloads too; other operations throw UnsupportedOperationException.
     * Closing the client does nothing; after {@link #close()} every call throws IllegalStateException.
     *
     * @return the client, the same instance on every call, thread-safe
     */
    public AppStreamClient client() {
        return client;
    }

    /**
     * Returns the clock the fake reads.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Seeds (or replaces) an image builder in a state, with an ARN, CreatedTime now, instance type
     * {@code stream.standard.medium} and platform WINDOWS_SERVER_2022. A transitional state runs to its natural
     * end: toward RUNNING after the start duration, STOPPING/SNAPSHOTTING to STOPPED after the stop duration,
     * DELETING to gone after the delete duration. Not journaled.
     *
     * @param name a valid image builder name
     * @param state the state; not {@code UNKNOWN_TO_SDK_VERSION}
     * @return this fake
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is not a valid name or {@code state} is unknown
     */
    public FakeAppStream givenImageBuilder(String name, ImageBuilderState state) {
        Objects.requireNonNull(state, "state must not be null");
        if (state == ImageBuilderState.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("state must be a wire state but was " + state);
        }
        return givenImageBuilder(ImageBuilder.builder().name(requireName(name)).state(state)
                .instanceType("stream.standard.medium").platform("WINDOWS_SERVER_2022").build());
    }

    /**
     * Seeds (or replaces) an image builder with exactly this value, filling in what is missing: Arn, CreatedTime
     * (now) and State (STOPPED). A transitional state runs to its natural end as in
     * {@link #givenImageBuilder(String, ImageBuilderState)}. Not journaled.
     *
     * @param value the image builder; its name must be valid
     * @return this fake
     * @throws NullPointerException if {@code value} or its name is null
     * @throws IllegalArgumentException if the name is not valid
     */
    public FakeAppStream givenImageBuilder(ImageBuilder value) {
        Objects.requireNonNull(value, "value must not be null");
        requireName(value.name());
        service.put(value);
        return this;
    }

    /**
     * Seeds (or replaces) an image builder in a state given as a model value; otherwise as
     * {@link #givenImageBuilder(String, ImageBuilderState)}.
     *
     * @param name a valid image builder name
     * @param state the state; not {@code UNKNOWN}
     * @return this fake
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is not a valid name or {@code state} is {@code UNKNOWN}
     */
    public FakeAppStream givenImageBuilder(String name, io.github.appstream4j.model.ImageBuilderState state) {
        Objects.requireNonNull(state, "state must not be null");
        if (state == io.github.appstream4j.model.ImageBuilderState.UNKNOWN) {
            throw new IllegalArgumentException("state must be a wire state but was " + state);
        }
        return givenImageBuilder(name, ImageBuilderState.fromValue(state.toString()));
    }

    /**
     * Seeds (or replaces) an image builder from a model value; otherwise as {@link #givenImageBuilder(ImageBuilder)}.
     *
     * @param value the image builder
     * @return this fake
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the name is not valid
     */
    public FakeAppStream givenImageBuilder(io.github.appstream4j.model.ImageBuilder value) {
        Objects.requireNonNull(value, "value must not be null");
        return givenImageBuilder(ImageBuilderMapper.toSdk(value));
    }

    /**
     * Sets the script of an image builder, which need not exist yet; it applies from the next create or start
     * and replaces any earlier script.
     *
     * @param name a valid image builder name
     * @param script the script
     * @return this fake
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is not a valid name
     */
    public FakeAppStream script(String name, FakeImageBuilderScript script) {
        Objects.requireNonNull(script, "script must not be null");
        service.script(requireName(name), script.script());
        return this;
    }

    /**
     * Sets the script of an image builder from a configurer; see {@link #script(String, FakeImageBuilderScript)}.
     *
     * @param name a valid image builder name
     * @param configurer sets up the script
     * @return this fake
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is not a valid name
     */
    public FakeAppStream script(String name, Consumer<FakeImageBuilderScript.Builder> configurer) {
        return script(name, FakeImageBuilderScript.of(configurer));
    }

    /**
     * Makes someone else delete an existing image builder after a delay, whatever it is doing then: it turns
     * DELETING and is gone after the delete duration.
     *
     * @param name the image builder
     * @param delay from now, on the fake's clock
     * @return this fake
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code delay} is negative or there is no such image builder
     */
    public FakeAppStream deleteLater(String name, Duration delay) {
        FakeDurations.nonNegative(delay, "delay");
        if (!service.deleteLater(Objects.requireNonNull(name, "name must not be null"), delay)) {
            throw new IllegalArgumentException("name must name an existing image builder but was \"" + name + "\"");
        }
        return this;
    }

    /**
     * Returns the true current value of an image builder as a model value, ignoring scripted stale reads.
     * Not journaled.
     *
     * @param name the image builder
     * @return the value, or empty if there is none
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<io.github.appstream4j.model.ImageBuilder> imageBuilder(String name) {
        return sdkImageBuilder(name).map(ImageBuilderMapper::toModel);
    }

    /**
     * Returns the true current value of an image builder as the SDK type, ignoring scripted stale reads.
     * Not journaled.
     *
     * @param name the image builder
     * @return the value, or empty if there is none
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<ImageBuilder> sdkImageBuilder(String name) {
        return service.find(Objects.requireNonNull(name, "name must not be null"));
    }

    /**
     * Makes the next {@code times} calls of an operation suffer a fault, after any faults injected before.
     *
     * @param operation the operation
     * @param times how many calls, 1 or more
     * @param fault the fault
     * @return this fake
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code times} is less than 1
     */
    public FakeAppStream injectNext(FakeOperation operation, int times, Fault fault) {
        Objects.requireNonNull(operation, "operation must not be null");
        Objects.requireNonNull(fault, "fault must not be null");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 but was " + times);
        }
        faults.next(operation, times, fault);
        return this;
    }

    /**
     * Makes every call of an operation suffer a fault with the given probability, drawn from the fake's seed.
     * Latency faults add up; of several errors the first that hits wins ("next" faults first).
     *
     * @param operation the operation
     * @param probability 0.0 to 1.0
     * @param fault the fault
     * @return this fake
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code probability} is outside 0.0..1.0
     */
    public FakeAppStream injectRandomly(FakeOperation operation, double probability, Fault fault) {
        Objects.requireNonNull(operation, "operation must not be null");
        Objects.requireNonNull(fault, "fault must not be null");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be within 0.0..1.0 but was " + probability);
        }
        faults.randomly(operation, probability, fault);
        return this;
    }

    /**
     * Removes every injected fault (the random sequence is not reset).
     *
     * @return this fake
     */
    public FakeAppStream clearFaults() {
        faults.clear();
        return this;
    }

    /**
     * Returns every call answered so far, oldest first.
     *
     * @return an immutable snapshot
     */
    public List<JournalEntry> journal() {
        synchronized (journal) {
            return List.copyOf(journal);
        }
    }

    /**
     * Returns the calls of one operation answered so far, oldest first.
     *
     * @param operation the operation
     * @return an immutable snapshot
     * @throws NullPointerException if {@code operation} is null
     */
    public List<JournalEntry> journal(FakeOperation operation) {
        Objects.requireNonNull(operation, "operation must not be null");
        return journal().stream().filter(e -> e.operation() == operation).toList();
    }

    /**
     * Counts the calls of one operation answered so far, successful or not.
     *
     * @param operation the operation
     * @return the number of calls
     * @throws NullPointerException if {@code operation} is null
     */
    public int callCount(FakeOperation operation) {
        return journal(operation).size();
    }

    /**
     * Forgets the calls recorded so far.
     *
     * @return this fake
     */
    public FakeAppStream clearJournal() {
        synchronized (journal) {
            journal.clear();
        }
        return this;
    }

    /**
     * Ends the fake: the client then throws IllegalStateException. A given VirtualTime is not closed.
     * Idempotent.
     */
    @Override
    public void close() {
        pipeline.close();
    }

    private static String requireName(String name) {
        return ImageBuilderNames.requireValid(name, "name");
    }

    /**
     * Configures a {@link FakeAppStream}. Defaults: the system clock, {@link FakeDurations#quick()} (or
     * {@link FakeDurations#realistic()} with a VirtualTime), seed 0, region {@code us-east-1}, account
     * {@code 123456789012}. Not thread-safe.
     */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private VirtualTime virtualTime;
        private FakeDurations durations;
        private long seed;
        private String region = "us-east-1";
        private String accountId = "123456789012";

        private Builder() {
        }

        /**
         * Uses a clock; injected latency then sleeps in wall time. Replaces an earlier {@link #virtualTime}.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            this.virtualTime = null;
            return this;
        }

        /**
         * Uses virtual time: its clock, and its {@link VirtualTime#sleep(Duration)} for injected latency.
         *
         * @param time the virtual time, which the fake does not close
         * @return this builder
         * @throws NullPointerException if {@code time} is null
         */
        public Builder virtualTime(VirtualTime time) {
            this.virtualTime = Objects.requireNonNull(time, "time must not be null");
            this.clock = time.clock();
            return this;
        }

        /**
         * Sets the default transition durations.
         *
         * @param durations the durations
         * @return this builder
         * @throws NullPointerException if {@code durations} is null
         */
        public Builder defaultDurations(FakeDurations durations) {
            this.durations = Objects.requireNonNull(durations, "durations must not be null");
            return this;
        }

        /**
         * Sets the seed of random fault injection.
         *
         * @param seed any value; default 0
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the region written into ARNs.
         *
         * @param region e.g. {@code "eu-west-1"}
         * @return this builder
         * @throws NullPointerException if {@code region} is null
         * @throws IllegalArgumentException if {@code region} does not look like a region
         */
        public Builder region(String region) {
            this.region = matching(region, REGION, "region");
            return this;
        }

        /**
         * Sets the account id written into ARNs.
         *
         * @param accountId twelve digits
         * @return this builder
         * @throws NullPointerException if {@code accountId} is null
         * @throws IllegalArgumentException if {@code accountId} is not twelve digits
         */
        public Builder accountId(String accountId) {
            this.accountId = matching(accountId, ACCOUNT, "accountId");
            return this;
        }

        private static String matching(String value, Pattern pattern, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (!pattern.matcher(value).matches()) {
                throw new IllegalArgumentException(name + " must match " + pattern.pattern() + " but was \"" + value + "\"");
            }
            return value;
        }

        /**
         * Builds the fake.
         *
         * @return a new fake, empty
         */
        public FakeAppStream build() {
            return new FakeAppStream(this);
        }
    }
}
