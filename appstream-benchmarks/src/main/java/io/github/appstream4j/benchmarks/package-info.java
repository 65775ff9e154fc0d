/**
 * JMH benchmarks of appstream4j's speed and memory levers. Each measured case has a baseline measured in the
 * same run; {@link io.github.appstream4j.benchmarks.BenchmarkReport} prints the ratios. Not published.
 */
package io.github.appstream4j.benchmarks;
