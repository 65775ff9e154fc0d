package io.github.appstream4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.internal.mapping.ImageBuilderMapper;
import io.github.appstream4j.model.ImageBuilder;
import io.github.appstream4j.testing.FakeOperation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;

/**
 * Runs every benchmark method once through its states' setup and teardown, as JMH would, and checks that
 * it measures what it claims. Nothing here is timed.
 */
class BenchmarksSmokeTest {

    @Test
    void waitBenchmark_eachStart_endsRunningAfterStartingTheStoppedBuilder() {
        WaitBenchmark benchmark = new WaitBenchmark();
        WaitBenchmark.AutoStart auto = new WaitBenchmark.AutoStart();
        WaitBenchmark.ManualStart manual = new WaitBenchmark.ManualStart();
        for (WaitBenchmark.Start state : List.of(auto, manual)) {
            state.open();
            try {
                for (int invocation = 0; invocation < 2; invocation++) {
                    state.stopped();
                    ImageBuilder b = state == auto ? benchmark.startBlocking(auto) : benchmark.startManual(manual);
                    assertThat(Simulation.isRunning(b)).as("%s", b).isTrue();
                    assertThat(state.sim.fake.callCount(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(1);
                    assertThat(state.sim.describeCalls()).isGreaterThan(50);
                }
            } finally {
                state.close();
            }
        }
    }

    @Test
    void waitBenchmark_describe_describesTheOneBuilder() {
        WaitBenchmark.Describe state = new WaitBenchmark.Describe();
        state.open();
        try {
            state.clearJournal();
            DescribeImageBuildersResponse response = new WaitBenchmark().describe(state);
            assertThat(response.imageBuilders()).singleElement()
                    .satisfies(b -> assertThat(b.name()).isEqualTo(WaitBenchmark.NAME));
        } finally {
            state.close();
        }
    }

    @Test
    void batchingBenchmark_concurrentWaits_allRunWithFarFewerDescribeCallsThanSequentialOnes() {
        int waits = 200;
        BatchingBenchmark benchmark = new BatchingBenchmark();
        BatchingBenchmark.Waits state = new BatchingBenchmark.Waits(waits);
        state.open();
        try {
            state.stopped();
            List<ImageBuilder> concurrent = benchmark.concurrent(state);
            int concurrentDescribes = state.sim.describeCalls();
            state.stopped();
            List<ImageBuilder> sequential = benchmark.sequential(state);
            int sequentialDescribes = state.sim.describeCalls();

            assertThat(concurrent).hasSize(waits).allMatch(Simulation::isRunning);
            assertThat(sequential).hasSize(waits).allMatch(Simulation::isRunning);
            assertThat(concurrentDescribes * 5).isLessThan(sequentialDescribes);
            assertThat(BatchingBenchmark.describeCallsPerWait(waits, true))
                    .isEqualTo(concurrentDescribes / (double) waits);
        } finally {
            state.close();
        }
    }

    @Test
    void realClockWaits_thousandWaits_runOnTheFacadesFewSchedulerThreads() {
        RealClockWaits.Result result = RealClockWaits.run();

        assertThat(result.running()).hasSize(BatchingBenchmark.WAITS).allMatch(Simulation::isRunning);
        // the scheduler's 2, the common pool's workers that complete the futures, maybe a JIT compiler's
        int most = 2 + ForkJoinPool.getCommonPoolParallelism() + 5;
        assertThat(result.added()).as("threads added, never one per wait").isBetween(1, most);
    }

    @Test
    void mappingBenchmark_fullyPopulatedBuilder_setsEverySdkMemberAndSurvivesEachCopy() {
        MappingBenchmark benchmark = new MappingBenchmark();
        MappingBenchmark.Values values = new MappingBenchmark.Values();

        assertThat(values.sdk.sdkFields()).allSatisfy(
                field -> assertThat(field.getValueOrDefault(values.sdk)).as(field.memberName()).isNotNull());
        assertThat(values.sdk.imageBuilderErrors()).isNotEmpty();
        assertThat(values.sdk.accessEndpoints()).isNotEmpty();
        assertThat(benchmark.sdkCopy(values)).isEqualTo(values.sdk).isNotSameAs(values.sdk);
        assertThat(benchmark.toModel(values)).isEqualTo(MappingBenchmark.fullyPopulated("bench-builder"));
        assertThat(benchmark.roundTrip(values)).isEqualTo(values.sdk).isNotSameAs(values.sdk);
        assertThat(ImageBuilderMapper.toModel(benchmark.roundTrip(values))).isEqualTo(benchmark.toModel(values));
    }

    @Test
    void wireBenchmark_overHttp_answersLikeTheInProcessFake() {
        WireBenchmark benchmark = new WireBenchmark();
        WireBenchmark.Wire state = new WireBenchmark.Wire();
        state.open();
        try {
            state.clearJournal();
            DescribeImageBuildersResponse overHttp = benchmark.overHttp(state);
            DescribeImageBuildersResponse inProcess = benchmark.inProcess(state);

            assertThat(overHttp.imageBuilders()).isEqualTo(inProcess.imageBuilders()).singleElement()
                    .satisfies(b -> assertThat(b.stateAsString()).isEqualTo("RUNNING"));
            assertThat(state.fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(2);
        } finally {
            state.close();
        }
    }

    @Test
    void benchmarkReport_comparisons_nameBenchmarkMethodsOfThisModule() throws ClassNotFoundException {
        for (BenchmarkReport.Comparison c : BenchmarkReport.COMPARISONS) {
            for (String name : List.of(c.subject(), c.baseline())) {
                String[] parts = name.split("\\.");
                Class<?> type = Class.forName(BenchmarkReport.class.getPackageName() + "." + parts[0]);
                assertThat(Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
                        .map(Method::getName)).as(name).contains(parts[1]);
            }
        }
    }

    @Test
    void benchmarkReport_table_dividesEachSubjectByItsBaselineWithTheRangeTheIterationsAllow() {
        Map<String, BenchmarkReport.Score> scores = Map.of(
                "WireBenchmark.overHttp", new BenchmarkReport.Score(300_000, 250_000, 400_000, 120_000),
                "WireBenchmark.inProcess", new BenchmarkReport.Score(3_000, 2_500, 4_000, 3_000));

        String table = BenchmarkReport.table(scores);

        assertThat(table).contains("| Describe over HTTP to `LocalAppStreamServer` | `WireBenchmark.inProcess` | "
                + "100 (62.5–160) | 40.0 | 300 µs, 117 KiB | 3.00 µs, 3,000 B |");
        assertThat(table).contains("| 1,000 concurrent waits, per wait (batched Describe) | "
                + "`BatchingBenchmark.sequential` | not run |");
    }
}
