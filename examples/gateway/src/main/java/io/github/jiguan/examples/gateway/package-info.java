/**
 * A JT/T 808 gateway that loses nothing it acknowledged, and a terminal simulator: the example of how
 * an agency platform takes its vehicle terminals' connections, stores their positions and audits them
 * with Jiguan. {@link io.github.jiguan.examples.gateway.Gateway} and
 * {@link io.github.jiguan.examples.gateway.GatewayConfig} are the entry points; the subpackages hold one
 * concern each: {@code wire} (framing and the codec), {@code session}, {@code location},
 * {@code command}, {@code storage}, {@code register}, {@code metrics}, {@code simulator} and
 * {@code export}.
 *
 * <p>Null policy: arguments are never null unless a parameter says so. Thread-safety: the gateway is
 * thread-safe; the configuration is immutable.
 */
package io.github.jiguan.examples.gateway;
