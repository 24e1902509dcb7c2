package io.github.jiguan.telematics.jt808.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RawBody;
import io.github.jiguan.telematics.jt808.message.VendorBody;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A platform registers a codec for a vendor's own message id with its own body record, as the
 * {@link BodyCodecRegistry} promises: the decoder yields the record and the encoder writes it back.
 */
class VendorCodecTest {

    /**
     * A made-up vendor message 0x0F51, "fuel tank sensors": a BYTE count, then per sensor a BYTE id
     * and a WORD level in millimetres, then the GBK name of the tank.
     */
    record TankLevels(List<Sensor> sensors, String tank) implements VendorBody {
        static final int ID = 0x0F51;

        record Sensor(int id, int levelMm) {
        }

        TankLevels {
            sensors = List.copyOf(sensors);
        }

        @Override
        public int messageId() {
            return ID;
        }
    }

    private static final BodyCodec<TankLevels> CODEC = BodyCodec.of(TankLevels.ID, TankLevels.class,
            in -> new TankLevels(Lists.byteCounted(in, "sensor",
                    r -> new TankLevels.Sensor(r.u8("sensor id"), r.u16("level"))), in.gbkRest("tank")),
            (b, out) -> {
                out.u8("sensor count", b.sensors().size());
                b.sensors().forEach(s -> out.u8("sensor id", s.id()).u16("level", s.levelMm()));
                out.gbk(b.tank());
            });

    private static final BodyCodecRegistry REGISTRY = BodyCodecRegistry.standard().with(CODEC);

    private final TankLevels levels = new TankLevels(
            List.of(new TankLevels.Sensor(1, 412), new TankLevels.Sensor(2, 398)), "主油箱");

    @Test
    void theVendorMessageDecodesToTheVendorsRecordAndRoundTrips() {
        Jt808Header h = Jt808Header.of(TankLevels.ID, ProtocolVersion.V2013, "13912345678", 9);
        byte[] frame = Jt808Encoder.of(REGISTRY, 1023).encode(h, levels);
        assertEquals("0201019c02018ed6f7d3cdcfe4", HexFormat.of().formatHex(frame, 13, frame.length - 2));
        Jt808Message m = Jt808Decoder.of(REGISTRY, DecodeOptions.STRICT).decode(frame);
        assertTrue(m.typed());
        assertEquals(levels, assertInstanceOf(TankLevels.class, m.body()));
        assertArrayEquals(frame, Jt808Encoder.of(REGISTRY, 1023).encode(m));
    }

    @Test
    void withoutTheRegistrationTheSameFrameIsRawWithoutError() {
        Jt808Header h = Jt808Header.of(TankLevels.ID, ProtocolVersion.V2019, "13912345678", 9);
        byte[] frame = Jt808Encoder.of(REGISTRY, 1023).encode(h, levels);
        Jt808Message m = Jt808Decoder.strict().decode(frame);
        assertFalse(m.typed());
        assertInstanceOf(RawBody.class, m.body());
        assertArrayEquals(frame, Jt808Encoder.standard().encode(m));
    }

    @Test
    void theRegistryListsTheVendorIdBesideTheStandardOnes() {
        assertTrue(REGISTRY.messageIds().contains(TankLevels.ID));
        assertEquals(BodyCodecRegistry.standard().messageIds().size() + 1, REGISTRY.messageIds().size());
        assertEquals(CODEC, REGISTRY.find(TankLevels.ID));
    }
}
