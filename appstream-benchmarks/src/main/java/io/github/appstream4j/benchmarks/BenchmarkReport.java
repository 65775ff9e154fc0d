package io.github.appstream4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Version;

/**
 * Runs every benchmark of this module in one JMH run, with the GC profiler, and prints a Markdown table of
 * each measured case as a ratio against its baseline from the same run (absolute figures on a shared
 * machine mean little; ratios travel).
 *
 * <p>{@code java -cp appstream-benchmarks/target/benchmarks.jar io.github.appstream4j.benchmarks.BenchmarkReport}
 * takes three to four minutes on two cores with each class's own settings (one fork, a few seconds of warm-up
 * and measurement per benchmark). JMH's options override them ({@code -f 3 -wi 5 -i 10 -w 2s -r 2s},
 * {@code -jvmArgsAppend ...}), and a benchmark regex narrows the run (a case whose baseline was not run is
 * reported as such).
 */
public final class BenchmarkReport {
    private static final String ALLOC = "gc.alloc.rate.norm";

    /** A measured case and the baseline it is divided by, both {@code Class.method} of this package. */
    record Comparison(String what, String subject, String baseline) {
    }

    static final List<Comparison> COMPARISONS = List.of(
            new Comparison("20-min simulated start, blocking `awaitRunning()` on auto `VirtualTime`",
                    "WaitBenchmark.startBlocking", "WaitBenchmark.describe"),
            new Comparison("20-min simulated start on manual `VirtualTime` (library + fake work only)",
                    "WaitBenchmark.startManual", "WaitBenchmark.describe"),
            new Comparison("1,000 concurrent waits, per wait (batched Describe)",
                    "BatchingBenchmark.concurrent", "BatchingBenchmark.sequential"),
            new Comparison("Mapping SDK → model", "MappingBenchmark.toModel", "MappingBenchmark.sdkCopy"),
            new Comparison("Mapping SDK → model → SDK", "MappingBenchmark.roundTrip", "MappingBenchmark.sdkCopy"),
            new Comparison("Describe over HTTP to `LocalAppStreamServer`",
                    "WireBenchmark.overHttp", "WireBenchmark.inProcess"));

    /**
     * One benchmark's median ns/op over its iterations (a load spike on a shared machine moves the mean, hardly
     * the median), its fastest and slowest iteration, and bytes allocated per op (NaN if unknown).
     */
    record Score(double nanos, double min, double max, double bytes) {
    }

    private BenchmarkReport() {
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args JMH command-line options; see the class comment
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        double loadBefore = loadAverage();
        Collection<RunResult> results = new Runner(options(cli).build()).run();
        double loadAfter = loadAverage();
        double concurrentDescribes = BatchingBenchmark.describeCallsPerWait(BatchingBenchmark.WAITS, true);
        double sequentialDescribes = BatchingBenchmark.describeCallsPerWait(BatchingBenchmark.WAITS, false);
        RealClockWaits.Result threads = RealClockWaits.run();

        System.out.println();
        System.out.println(header(results, loadBefore, loadAfter));
        System.out.println();
        System.out.println(table(scores(results)));
        System.out.println();
        System.out.printf(Locale.ROOT, "Describe calls per wait, 1,000 simulated 20-min starts: concurrent %.2f, "
                + "sequential %.2f (ratio %.3f).%n", concurrentDescribes, sequentialDescribes,
                concurrentDescribes / sequentialDescribes);
        System.out.printf(Locale.ROOT, "Live threads, 1,000 concurrent waits on the real clock (facade with its own "
                + "scheduler): %d before, %d at peak (+%d).%n", threads.threadsBefore(), threads.threadsPeak(),
                threads.added());
    }

    /** JMH's command line, then each class's own forks, warm-up and measurement; always ns/op and the GC profiler. */
    static ChainedOptionsBuilder options(CommandLineOptions cli) {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli)
                .timeUnit(TimeUnit.NANOSECONDS)
                .addProfiler(GCProfiler.class);
        if (cli.getIncludes().isEmpty()) {
            options.include(BenchmarkReport.class.getPackageName() + "\\.");
        }
        return options;
    }

    /** Scores by {@code Class.method}. */
    static Map<String, Score> scores(Collection<RunResult> results) {
        Map<String, Score> scores = new HashMap<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String key = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            Result<?> primary = run.getPrimaryResult();
            Result<?> alloc = null;
            for (String label : run.getSecondaryResults().keySet()) {
                if (label.endsWith(ALLOC)) {
                    alloc = run.getSecondaryResults().get(label);
                }
            }
            scores.put(key, new Score(primary.getStatistics().getPercentile(50), primary.getStatistics().getMin(),
                    primary.getStatistics().getMax(), alloc == null ? Double.NaN : alloc.getScore()));
        }
        return scores;
    }

    static String table(Map<String, Score> scores) {
        List<String> rows = new ArrayList<>();
        rows.add("| measured | against | time ratio (iteration range) | alloc ratio | subject: median time, "
                + "bytes/op | baseline: median time, bytes/op |");
        rows.add("|---|---|---|---|---|---|");
        for (Comparison c : COMPARISONS) {
            Score s = scores.get(c.subject());
            Score b = scores.get(c.baseline());
            if (s == null || b == null) {
                rows.add(String.format("| %s | `%s` | not run | | | |", c.what(), c.baseline()));
                continue;
            }
            rows.add(String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %s, %s | %s, %s |", c.what(), c.baseline(),
                    ratio(s, b), bytesRatio(s.bytes(), b.bytes()), time(s), bytes(s.bytes()), time(b),
                    bytes(b.bytes())));
        }
        return String.join(System.lineSeparator(), rows);
    }

    /**
     * The ratio of the medians, and the widest the iterations allow: fastest subject over slowest baseline
     * iteration to slowest over fastest.
     */
    static String ratio(Score s, Score b) {
        return number(s.nanos() / b.nanos()) + " (" + number(s.min() / b.max()) + "–" + number(s.max() / b.min())
                + ")";
    }

    private static String bytesRatio(double subject, double baseline) {
        return Double.isNaN(subject) || Double.isNaN(baseline) || baseline <= 0 ? "–" : number(subject / baseline);
    }

    /** Three significant digits, never in exponent notation. */
    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : value >= 1 ? "%.2f" : "%.3f", value);
    }

    static String time(Score s) {
        double nanos = s.nanos();
        if (nanos >= 1_000_000) {
            return number(nanos / 1_000_000) + " ms";
        }
        return nanos >= 1_000 ? number(nanos / 1_000) + " µs" : number(nanos) + " ns";
    }

    static String bytes(double bytes) {
        if (Double.isNaN(bytes)) {
            return "? B";
        }
        return bytes >= 10_000 ? number(bytes / 1024) + " KiB" : number(bytes) + " B";
    }

    private static String header(Collection<RunResult> results, double loadBefore, double loadAfter) {
        Map<String, String> settings = new TreeMap<>();
        for (RunResult run : results) {
            BenchmarkParams p = run.getParams();
            String benchmark = p.getBenchmark();
            String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
            settings.put(type.substring(type.lastIndexOf('.') + 1), String.format(Locale.ROOT,
                    "%d fork(s), %d × %s warm-up, %d × %s measured", p.getForks(), p.getWarmup().getCount(),
                    p.getWarmup().getTime(), p.getMeasurement().getCount(), p.getMeasurement().getTime()));
        }
        return String.format(Locale.ROOT, "JMH %s, %s %s, %d cores, load average %.1f before / %.1f after. "
                        + "Ratios are subject / baseline of this run.%n%s",
                Version.getPlainVersion(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter,
                settings.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; ")) + ".");
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
