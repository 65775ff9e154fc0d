package io.github.appstream4j.benchmarks;

import io.github.appstream4j.internal.mapping.ImageBuilderMapper;
import io.github.appstream4j.model.AccessEndpoint;
import io.github.appstream4j.model.AccessEndpointType;
import io.github.appstream4j.model.DomainJoinInfo;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.model.NetworkAccessConfiguration;
import io.github.appstream4j.testing.ImageBuilderFixtures;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mapping a fully populated image builder between the SDK type and the model (every poll maps each builder
 * described), against the cheapest copy the SDK itself offers, {@code sdk.toBuilder().build()}. Time and,
 * with {@code -prof gc}, bytes allocated per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 8, time = 1)
public class MappingBenchmark {

    /** A FAILED builder with every member the SDK type has set, lists and nested values included. */
    @State(Scope.Benchmark)
    public static class Values {
        final software.amazon.awssdk.services.appstream.model.ImageBuilder sdk = ImageBuilderMapper.toSdk(
                fullyPopulated("bench-builder"));
    }

    static ImageBuilder fullyPopulated(String name) {
        return ImageBuilderFixtures.failed(name).toBuilder()
                .domainJoinInfo(DomainJoinInfo.builder().directoryName("corp.example.com")
                        .organizationalUnitDistinguishedName("OU=AppStream,DC=corp,DC=example,DC=com").build())
                .networkAccessConfiguration(NetworkAccessConfiguration.builder().eniPrivateIpAddress("10.0.1.25")
                        .eniIpv6Addresses(List.of("2001:db8::25")).eniId("eni-0a1b2c3d4e5f60718").build())
                .accessEndpoints(List.of(AccessEndpoint.builder().endpointType(AccessEndpointType.STREAMING)
                        .vpceId("vpce-0a1b2c3d4e5f60718").build()))
                .build();
    }

    /** Baseline: the SDK's own copy of the SDK value. */
    @Benchmark
    public software.amazon.awssdk.services.appstream.model.ImageBuilder sdkCopy(Values values) {
        return values.sdk.toBuilder().build();
    }

    /** SDK to model: what each described builder costs a poll. */
    @Benchmark
    public ImageBuilder toModel(Values values) {
        return ImageBuilderMapper.toModel(values.sdk);
    }

    /** SDK to model and back to the SDK type: a full round trip, e.g. the fake's seeding from a model value. */
    @Benchmark
    public software.amazon.awssdk.services.appstream.model.ImageBuilder roundTrip(Values values) {
        return ImageBuilderMapper.toSdk(ImageBuilderMapper.toModel(values.sdk));
    }
}
