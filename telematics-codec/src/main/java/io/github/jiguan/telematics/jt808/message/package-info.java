/**
 * The messages of JT/T 808 (2011, 2013 and 2019 editions) as immutable values, and nothing else: one
 * record per message id of the standard (sealed under
 * {@link io.github.jiguan.telematics.jt808.message.TerminalMessage} and
 * {@link io.github.jiguan.telematics.jt808.message.PlatformMessage}), the open
 * {@link io.github.jiguan.telematics.jt808.message.VendorBody} for a platform's own messages, the
 * location report with its typed alarm and status flags and additional items, terminal parameters,
 * geofences, and the vocabulary they share ({@link io.github.jiguan.telematics.jt808.message.MessageId},
 * {@link io.github.jiguan.telematics.jt808.message.ProtocolVersion},
 * {@link io.github.jiguan.telematics.jt808.message.BcdTime},
 * {@link io.github.jiguan.telematics.jt808.message.Octets}). Reading and writing them is the job of
 * {@code io.github.jiguan.telematics.jt808.codec}; this package depends on no codec.
 *
 * <p>Values are in units (degrees, km/h, metres, {@link java.time.Instant}); each record keeps what
 * it needs to re-encode the bytes it was decoded from. Compact constructors check ranges and throw
 * {@link java.lang.IllegalArgumentException} naming the field, the range and the value.
 *
 * <p>Null policy: components are non-null, except the time window of a geofence without attribute
 * bit 0, which is null. Thread-safety: all types are immutable and thread-safe. Standard: JT/T
 * 808-2011, JT/T 808-2013 and JT/T 808-2019, 道路运输车辆卫星定位系统 终端通讯协议及数据格式.
 */
package io.github.jiguan.telematics.jt808.message;
