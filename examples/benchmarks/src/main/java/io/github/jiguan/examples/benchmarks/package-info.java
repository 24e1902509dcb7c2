/**
 * JMH benchmarks of Jiguan. Build with {@code mvn -B -ntp -DskipTests package}, then run
 * {@code java -jar examples/benchmarks/target/benchmarks.jar [regex]}; figures are reported in the
 * issues' notes, never asserted in tests.
 */
package io.github.jiguan.examples.benchmarks;
