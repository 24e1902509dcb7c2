/**
 * The wire: the codec's split → decode → reassemble sequence for one connection
 * ({@link io.github.jiguan.examples.gateway.wire.CodecPipeline}), the Netty handlers that wrap it
 * ({@link io.github.jiguan.examples.gateway.wire.Jt808FrameDecoder} in,
 * {@link io.github.jiguan.examples.gateway.wire.Jt808FrameEncoder} out), and the messages they pass
 * along the pipeline. JT/T 808-2013 §4 and 2019 §4 (framing, escaping, check code, subpackages and
 * the 0x8003 request for missing ones).
 *
 * <p>Null policy: arguments are never null, except the phone of a {@code FrameFailure} whose header
 * could not be read. Thread-safety: the decoder and the pipeline belong to one connection and run on
 * its event loop; the encoder is stateless and shared; {@code Serials} and {@code SubpackageBudget}
 * are thread-safe.
 */
package io.github.jiguan.examples.gateway.wire;
