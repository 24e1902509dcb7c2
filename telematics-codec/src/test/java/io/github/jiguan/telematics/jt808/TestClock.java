package io.github.jiguan.telematics.jt808;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, for the assembler's timeouts. */
final class TestClock extends Clock {

    /** The time the clock shows; tests set it. */
    Instant now = Instant.parse("2025-01-06T01:00:00Z");

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
