package io.github.jiguan.testkit.county;

import io.github.jiguan.core.track.Acc;

/** Receives generated fixes as primitive values, so millions of them need no object each. */
@FunctionalInterface
public interface FixSink {

    /**
     * One fix.
     *
     * @param receivedMillis receive time, epoch ms, or {@link io.github.jiguan.core.track.FixColumns#NO_TIME}
     */
    void accept(String vehicleId, long timeMillis, double lat, double lon, double speedKmh, int heading, Acc acc,
                boolean valid, long receivedMillis);
}
