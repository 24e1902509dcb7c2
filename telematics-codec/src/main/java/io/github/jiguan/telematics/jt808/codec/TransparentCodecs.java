package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.CompressedUpload;
import io.github.jiguan.telematics.jt808.message.DownlinkPassthrough;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.PlatformRsaKey;
import io.github.jiguan.telematics.jt808.message.TerminalRsaKey;
import io.github.jiguan.telematics.jt808.message.UplinkPassthrough;
import java.util.List;

/** Transparent data (0x8900, 0x0900), compressed data (0x0901) and RSA keys (0x8A00, 0x0A00). */
final class TransparentCodecs {

    private TransparentCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.DOWNLINK_PASSTHROUGH.code(), DownlinkPassthrough.class,
                        in -> new DownlinkPassthrough(in.u8("type"), Octets.of(in.rest())),
                        (b, out) -> out.u8("type", b.type()).bytes(b.content().toByteArray())),
                BodyCodec.of(MessageId.UPLINK_PASSTHROUGH.code(), UplinkPassthrough.class,
                        in -> new UplinkPassthrough(in.u8("type"), Octets.of(in.rest())),
                        (b, out) -> out.u8("type", b.type()).bytes(b.content().toByteArray())),
                BodyCodec.of(MessageId.COMPRESSED_UPLOAD.code(), CompressedUpload.class,
                        in -> new CompressedUpload(Octets.of(in.bytes("compressed data", RecorderCodecs.lengthPrefix(in)))),
                        (b, out) -> out.u32("length", b.data().length()).bytes(b.data().toByteArray())),
                BodyCodec.of(MessageId.PLATFORM_RSA_KEY.code(), PlatformRsaKey.class,
                        in -> new PlatformRsaKey(in.u32("e"), Octets.of(in.rest())),
                        (b, out) -> out.u32("e", b.e()).bytes(b.n().toByteArray())),
                BodyCodec.of(MessageId.TERMINAL_RSA_KEY.code(), TerminalRsaKey.class,
                        in -> new TerminalRsaKey(in.u32("e"), Octets.of(in.rest())),
                        (b, out) -> out.u32("e", b.e()).bytes(b.n().toByteArray())));
    }
}
