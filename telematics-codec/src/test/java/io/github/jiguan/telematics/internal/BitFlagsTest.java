package io.github.jiguan.telematics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BitFlagsTest {

    private enum Lamp {
        LOW(0), HIGH(1), FOG(6);

        private final int bit;

        Lamp(int bit) {
            this.bit = bit;
        }

        int bit() {
            return bit;
        }
    }

    @Test
    void setsAndDwordsConvertBothWays() {
        assertEquals(EnumSet.of(Lamp.LOW, Lamp.FOG), BitFlags.fromBits(Lamp.class, Lamp::bit, 0b100_0001 | 0b1000));
        assertEquals(0b100_0010, BitFlags.toBits(Set.of(Lamp.HIGH, Lamp.FOG), Lamp::bit));
        assertEquals(Set.of(), BitFlags.fromBits(Lamp.class, Lamp::bit, 0));
    }
}
