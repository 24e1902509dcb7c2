/**
 * JMH benchmarks of Jiguan. Build with {@code mvn -B -ntp -DskipTests package}, then run
 * {@code java -jar examples/benchmarks/target/benchmarks.jar [regex]}; figures are reported in the
 * issues' notes, never asserted in tests. The JT/T 808 codec benchmarks are {@code Jt808*Benchmark};
 * run them with {@code -prof gc} to see the bytes allocated per operation.
 */
package io.github.jiguan.examples.benchmarks;
