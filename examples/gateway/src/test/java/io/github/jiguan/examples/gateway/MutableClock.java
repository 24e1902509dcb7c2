package io.github.jiguan.examples.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand. Not thread-safe beyond the volatile instant. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** A clock at {@code start}. */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock by {@code d}. */
    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
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
