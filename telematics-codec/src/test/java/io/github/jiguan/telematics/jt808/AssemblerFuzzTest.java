package io.github.jiguan.telematics.jt808;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jiguan.telematics.jt808.codec.SubpackageException;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Any sequence of fragments (terminal, id, claimed total, index, body, check code, and clock steps,
 * all drawn from the input) keeps the assembler within its bounds, its accounting at or above what it
 * holds, and raises nothing but {@link SubpackageException}; a reassembled message has the bodies'
 * total length.
 */
class AssemblerFuzzTest {

    private static final long MAX_TOTAL = 64 * 1024;

    /** A clock the input moves. */
    private static final class Steps extends Clock {
        Instant now = Instant.parse("2025-01-06T01:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @FuzzTest(maxDuration = "10m")
    void assemble(FuzzedDataProvider data) {
        Steps clock = new Steps();
        SubpackageAssembler a = new SubpackageAssembler(4, 24 * 1024, 8, MAX_TOTAL, Duration.ofSeconds(30), clock);
        while (data.remainingBytes() > 6) {
            int total = data.consumeBoolean() ? data.consumeInt(1, 8) : data.consumeInt(1, 65535);
            int index = data.consumeInt(0, total);
            Jt808Header h = Jt808Header.of(0x0800 + data.consumeInt(0, 3), ProtocolVersion.V2013,
                    Integer.toString(data.consumeInt(1, 12)), data.consumeInt(0, 65535));
            Jt808Header fragment = index >= 1 ? h.withSubpackage(total, index) : h;
            byte[] body = data.consumeBytes(data.consumeInt(0, 1100));
            clock.now = clock.now.plusSeconds(data.consumeInt(0, 20));
            try {
                a.offer(Jt808Frame.of(fragment, body, data.consumeBoolean() || data.remainingBytes() == 0), i -> { })
                        .ifPresent(whole -> check(whole.bodyLength() >= body.length, "reassembled body too short"));
            } catch (SubpackageException refused) {
                check(!refused.getMessage().isEmpty(), "a refusal says why");
            }
            check(a.accountedBytes() >= a.retainedBytesByWalk(), "accounted below what is held");
            check(a.accountedBytes() <= MAX_TOTAL, "accounted over the bound: " + a.accountedBytes());
            if (data.consumeInt(0, 15) == 0) {
                a.expire();
            }
        }
        a.drain();
        check(a.accountedBytes() == 0, "drained, yet " + a.accountedBytes() + " accounted");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
