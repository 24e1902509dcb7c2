package io.github.jiguan.testkit.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.geo.LocalMetric;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.CleanTrack;
import io.github.jiguan.core.track.TrackCleaner;
import io.github.jiguan.core.track.TrackPolicy;
import io.github.jiguan.core.track.TripDetector;
import io.github.jiguan.testkit.fleet.Fleets;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector's shortcuts change nothing: it finds the stops a literal walk of the rules finds. */
class TrackProperties {

    private static final TrackPolicy POLICY = TrackPolicy.defaults();

    @Test
    void theDetectorAgreesWithALiteralWalkOfTheRules() {
        QtCheck.forAll(150, Tracks.tracks("V1", Tracks.SEAT, Fleets.START, 60), 60, t -> t.plan().steps().toString(), track -> {
            CleanTrack c = TrackCleaner.of(POLICY).clean(track.columns());
            var analysis = TripDetector.of(POLICY, ChinaTime.ZONE).analyse(c);
            assertEquals(literalStops(c), analysis.stops().stream()
                    .map(s -> s.start().toEpochMilli() + "-" + s.end().toEpochMilli()).toList());
        });
    }

    /** Every position tried as an anchor, every spell walked to its end, no shortcut. */
    private static List<String> literalStops(CleanTrack c) {
        List<String> out = new ArrayList<>();
        int n = c.positionCount();
        double r2 = POLICY.stationaryRadiusMetres() * POLICY.stationaryRadiusMetres();
        int s = 0;
        while (s < n) {
            int e = s;
            while (e + 1 < n && c.time(e + 1) - c.time(e) <= POLICY.maxGap().toMillis()) {
                e++;
            }
            int i = s;
            while (i <= e) {
                int j = i + 1;
                boolean accOff = c.acc(i) == Acc.OFF;
                while (j <= e && LocalMetric.squaredMetres(c.latitude(i), c.longitude(i), c.latitude(j), c.longitude(j)) <= r2) {
                    accOff |= c.acc(j) == Acc.OFF;
                    j++;
                }
                if (c.time(j - 1) - c.time(i) >= POLICY.minStop().toMillis() || (accOff && j - 1 > i)) {
                    out.add(c.time(i) + "-" + c.time(j - 1));
                    i = j;
                } else {
                    i++;
                }
            }
            s = e + 1;
        }
        return out;
    }
}
