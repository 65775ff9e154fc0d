package io.github.appstream4j.testing.internal.fake;

import io.github.appstream4j.testing.FakeDurations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.DeleteImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.DeleteImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersRequest;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderResponse;

/**
 * The image-builder part of AppStream, in memory. Every public method holds the monitor, so each call sees
 * and leaves one consistent state; time only enters through the clock.
 */
public final class FakeService {

    private final Clock clock;
    private final Resources resources;
    private final Transitions transitions;
    private final NavigableMap<String, BuilderRecord> builders = new TreeMap<>();
    private final Map<String, Script> scripts = new HashMap<>();

    public FakeService(Clock clock, String region, String accountId, FakeDurations defaults) {
        this.clock = clock;
        this.resources = new Resources(region, accountId);
        this.transitions = new Transitions(defaults);
    }

    public synchronized CreateImageBuilderResponse create(CreateImageBuilderRequest r, String requestId) {
        validate(Validation.ofCreate(r), requestId);
        // The model marks neither ImageName nor ImageArn as required, so neither given is no ValidationException,
        // but a builder needs exactly one image to start from. The model lists InvalidParameterCombinationException
        // for CreateImageBuilder and documents it as "an incorrect combination of parameters, or a missing
        // parameter": the answer to both given, and to neither.
        if (r.imageName() != null && r.imageArn() != null) {
            throw ServiceErrors.of(ServiceErrors.INVALID_PARAMETER_COMBINATION,
                    "Only one of ImageName and ImageArn may be given, not both.", requestId);
        }
        if (r.imageName() == null && r.imageArn() == null) {
            throw ServiceErrors.of(ServiceErrors.INVALID_PARAMETER_COMBINATION,
                    "One of ImageName and ImageArn must be given.", requestId);
        }
        Instant now = now();
        if (live(r.name(), now) != null) {
            throw ServiceErrors.of(ServiceErrors.RESOURCE_ALREADY_EXISTS,
                    "An image builder named " + r.name() + " already exists.", requestId);
        }
        BuilderRecord record = new BuilderRecord(resources.created(r, now.truncatedTo(ChronoUnit.MILLIS)));
        transitions.planStart(record, script(r.name()), now);
        builders.put(r.name(), record);
        return CreateImageBuilderResponse.builder().imageBuilder(record.value()).build();
    }

    public synchronized StartImageBuilderResponse start(StartImageBuilderRequest r, String requestId) {
        validate(new Validation().required("name", r.name()).length("name", r.name(), 1, Integer.MAX_VALUE)
                .length("appstreamAgentVersion", r.appstreamAgentVersion(), 1, 100), requestId);
        Instant now = now();
        BuilderRecord record = settledIn(r.name(), now, requestId, ServiceErrors.RESOURCE_NOT_AVAILABLE, "started",
                States.STOPPED);
        if (r.appstreamAgentVersion() != null) {
            record.update(Resources.withAgentVersion(record.value(), r.appstreamAgentVersion()));
        }
        transitions.planStart(record, script(r.name()), now);
        return StartImageBuilderResponse.builder().imageBuilder(record.value()).build();
    }

    public synchronized StopImageBuilderResponse stop(StopImageBuilderRequest r, String requestId) {
        validate(new Validation().required("name", r.name()).length("name", r.name(), 1, Integer.MAX_VALUE), requestId);
        Instant now = now();
        BuilderRecord record = settledIn(r.name(), now, requestId, ServiceErrors.OPERATION_NOT_PERMITTED, "stopped",
                States.RUNNING);
        transitions.planStop(record, script(r.name()), now);
        return StopImageBuilderResponse.builder().imageBuilder(record.value()).build();
    }

    public synchronized DeleteImageBuilderResponse delete(DeleteImageBuilderRequest r, String requestId) {
        validate(new Validation().required("name", r.name()).pattern("name", r.name(), Validation.NAME), requestId);
        Instant now = now();
        BuilderRecord record = settledIn(r.name(), now, requestId, ServiceErrors.OPERATION_NOT_PERMITTED, "deleted",
                States.STOPPED, States.FAILED);
        transitions.planDelete(record, script(r.name()), now);
        ImageBuilder answer = record.value();
        record.settle(now);
        if (record.removed()) {
            builders.remove(r.name());
        }
        return DeleteImageBuilderResponse.builder().imageBuilder(answer).build();
    }

    public synchronized DescribeImageBuildersResponse describe(DescribeImageBuildersRequest r, String requestId) {
        Validation v = new Validation().length("nextToken", r.nextToken(), 1, Integer.MAX_VALUE)
                .range("maxResults", r.maxResults(), 1, Integer.MAX_VALUE);
        r.names().forEach(n -> v.required("names.member", n).length("names.member", n, 1, Integer.MAX_VALUE));
        validate(v, requestId);
        String after = r.nextToken() == null ? null : Pages.lastName(r.nextToken());
        if (r.nextToken() != null && after == null) {
            throw ServiceErrors.of(ServiceErrors.VALIDATION,
                    "Invalid NextToken: \"" + r.nextToken() + "\" was not returned by DescribeImageBuilders.", requestId);
        }
        Instant now = now();
        Collection<BuilderRecord> selected = r.hasNames() && !r.names().isEmpty()
                ? named(new TreeSet<>(r.names()), now, requestId) : settleAll(now);
        int pageSize = r.maxResults() != null ? r.maxResults() : Pages.DEFAULT_PAGE_SIZE;
        List<ImageBuilder> page = new ArrayList<>();
        String nextToken = null;
        for (BuilderRecord record : selected) {
            String name = record.value().name();
            if (after != null && name.compareTo(after) <= 0) {
                continue;
            }
            if (page.size() == pageSize) {
                nextToken = Pages.token(page.get(page.size() - 1).name());
                break;
            }
            page.add(record.described(now));
        }
        return DescribeImageBuildersResponse.builder().imageBuilders(page).nextToken(nextToken).build();
    }

    private List<BuilderRecord> named(TreeSet<String> names, Instant now, String requestId) {
        List<BuilderRecord> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            BuilderRecord record = live(name, now);
            if (record == null) {
                missing.add(name);
            } else {
                found.add(record);
            }
        }
        if (!missing.isEmpty()) {
            throw ServiceErrors.of(ServiceErrors.RESOURCE_NOT_FOUND,
                    "The following image builders were not found: " + String.join(", ", missing) + ".", requestId);
        }
        return found;
    }

    private Collection<BuilderRecord> settleAll(Instant now) {
        builders.values().forEach(record -> record.settle(now));
        builders.values().removeIf(BuilderRecord::removed);
        return builders.values();
    }

    /** Seeds or replaces an image builder; a transitional state then runs to its natural end. */
    public synchronized ImageBuilder put(ImageBuilder value) {
        Instant now = now();
        BuilderRecord record = new BuilderRecord(resources.seeded(value, now.truncatedTo(ChronoUnit.MILLIS)));
        transitions.planSeeded(record, script(value.name()), now);
        builders.put(value.name(), record);
        return record.value();
    }

    public synchronized void script(String name, Script script) {
        scripts.put(name, script);
    }

    /** Deletion by someone else, after {@code delay}; false if there is no such builder. */
    public synchronized boolean deleteLater(String name, Duration delay) {
        Instant now = now();
        BuilderRecord record = live(name, now);
        if (record != null) {
            record.planDeletion(now.plus(delay), transitions.delete(script(name)));
        }
        return record != null;
    }

    /** The true current value, without stale reads. */
    public synchronized Optional<ImageBuilder> find(String name) {
        BuilderRecord record = live(name, now());
        return Optional.ofNullable(record).map(BuilderRecord::value);
    }

    public synchronized void clear() {
        builders.clear();
        scripts.clear();
    }

    private Script script(String name) {
        return scripts.getOrDefault(name, Script.NONE);
    }

    private Instant now() {
        return clock.instant();
    }

    private BuilderRecord live(String name, Instant now) {
        BuilderRecord record = builders.get(name);
        if (record == null) {
            return null;
        }
        record.settle(now);
        if (record.removed()) {
            builders.remove(name);
            return null;
        }
        return record;
    }

    private BuilderRecord existing(String name, Instant now, String requestId) {
        BuilderRecord record = live(name, now);
        if (record == null) {
            throw ServiceErrors.of(ServiceErrors.RESOURCE_NOT_FOUND,
                    "Image builder " + name + " does not exist.", requestId);
        }
        return record;
    }

    private static void validate(Validation v, String requestId) {
        if (!v.violations().isEmpty()) {
            throw ServiceErrors.of(ServiceErrors.VALIDATION, ServiceErrors.validationMessage(v.violations()), requestId);
        }
    }

    /**
     * The existing builder if it is in one of the allowed states. A transitional state is a race the caller may
     * retry (ConcurrentModificationException); any other state is answered with {@code wrongStateCode}.
     */
    private BuilderRecord settledIn(String name, Instant now, String requestId, String wrongStateCode, String verb,
            String... allowed) {
        BuilderRecord record = existing(name, now, requestId);
        String state = record.state();
        if (States.transitional(state)) {
            throw ServiceErrors.of(ServiceErrors.CONCURRENT_MODIFICATION, "Image builder " + name
                    + " is in transitional state " + state + "; try again when it has settled.", requestId);
        }
        if (!List.of(allowed).contains(state)) {
            throw ServiceErrors.of(wrongStateCode,
                    "Image builder " + name + " cannot be " + verb + " in state " + state + ".", requestId);
        }
        return record;
    }
}
