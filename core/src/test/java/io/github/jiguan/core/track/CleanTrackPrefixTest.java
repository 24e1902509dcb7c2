package io.github.jiguan.core.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The counts before a moment taken from a whole cleaned track equal those of cleaning the rows
 * before it alone: what lets the streaming reconciler trim without cleaning twice.
 */
class CleanTrackPrefixTest {

    private static final long BASE = 1_735_660_800_000L; // 2025-01-01T00:00:00+08:00

    @Test
    void countsBeforeAMomentEqualCleaningTheRowsBeforeItAlone() {
        TrackCleaner cleaner = TrackCleaner.of(TrackPolicy.defaults());
        int glitchesSeen = 0;
        int duplicatesSeen = 0;
        for (int seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            FixColumns.Builder b = FixColumns.builder("V1");
            int n = r.nextInt(1, 60);
            double lat = 32.0;
            double lon = 118.8;
            for (int i = 0; i < n; i++) {
                // Times out of order, repeated, and jumps far enough to be glitches.
                long t = BASE + 10_000L * r.nextInt(0, n);
                boolean jump = r.nextInt(8) == 0;
                lat += jump ? r.nextDouble(-1, 1) : r.nextDouble(-0.001, 0.001);
                lon += jump ? r.nextDouble(-1, 1) : r.nextDouble(-0.001, 0.001);
                b.add(t, lat, lon, r.nextDouble(0, 80), r.nextInt(0, 361), Acc.values()[r.nextInt(3)],
                        r.nextInt(10) > 0, FixColumns.NO_TIME);
            }
            CleanTrack whole = cleaner.clean(b.view());
            glitchesSeen += whole.glitches();
            duplicatesSeen += whole.duplicates();
            for (int k = 0; k <= n + 1; k++) {
                long cut = BASE + 10_000L * k - (k % 2 == 0 ? 0 : 5_000L);
                CleanTrack prefix = cleaner.clean(b.buildBefore(cut));
                String at = "seed " + seed + ", before " + cut;
                assertEquals(prefix.fixCount(), whole.fixesBefore(cut), at);
                assertEquals(prefix.glitches(), whole.glitchesBefore(cut), at);
                assertEquals(prefix.rows() - prefix.duplicates(), whole.fixesBefore(cut), at);
            }
        }
        assertTrue(glitchesSeen > 100 && duplicatesSeen > 100, "the tracks have glitches and duplicates to count");
    }
}
