package io.github.jiguan.testkit.fleet;

import io.github.jiguan.core.fleet.DispatchChannel;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.OrderStatus;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.track.Track;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Dispatch orders (派车单) for a vehicle's {@link Track}: orders that cover its drives the way a
 * well-run platform records them, the slips of a careless one, and orders with no drive at all.
 */
public final class Orders {

    private static final long MINUTE = 60_000L;

    private Orders() {
    }

    /**
     * One order per drive that covers it: planned from up to 20 minutes before the drive to up to
     * 20 minutes after, checked out and in within 8 minutes of it (or not recorded), created 1 to
     * 20 hours before, online, not cancelled. Every trip the reconciliation detects in the track
     * overlaps one of them, so none is without order; whether a check-out or check-in matches
     * depends on which trips the detector joins, and is not promised.
     */
    public static Generator<List<DispatchOrder>> covering(Track track) {
        return (r, size) -> {
            List<DispatchOrder> out = new ArrayList<>();
            for (Track.Drive d : track.drives()) {
                out.add(Cover.of(d, r).build(track.vehicleId() + "-O" + out.size(), track.vehicleId()).build());
            }
            return out;
        };
    }

    /**
     * Orders for a track as real platforms hold them: each drive covered, uncovered, or covered by
     * an order that is paper, approved for off-hours use, cancelled, created after departure,
     * checked out or in far from the drive, or ending before the drive does; plus up to
     * {@code extra} orders anywhere within {@code hours} of the track's start, with or without a
     * drive. Shrinks toward well-kept orders and fewer extras.
     */
    public static Generator<List<DispatchOrder>> around(Track track, int extra, int hours) {
        return (r, size) -> {
            List<DispatchOrder> out = new ArrayList<>();
            String v = track.vehicleId();
            for (Track.Drive d : track.drives()) {
                int kind = r.nextInt(0, 10);
                if (kind == 9) {
                    continue; // no order at all
                }
                Cover c = Cover.of(d, r);
                Instant start = d.start();
                c = switch (kind) {
                    case 4 -> c.withCreated(start.plusMillis(r.nextInt(11, 120) * MINUTE));
                    case 5 -> c.withChecked(start.minusMillis(r.nextInt(31, 120) * MINUTE), null);
                    case 6 -> c.withChecked(null, d.end().plusMillis(r.nextInt(31, 120) * MINUTE));
                    case 7 -> new Cover(c.created(), start.minusMillis(5 * MINUTE),
                            d.end().minusMillis(r.nextInt(31, 90) * MINUTE), null, null);
                    default -> c;
                };
                DispatchOrder.Builder b = c.build(v + "-O" + out.size(), v);
                switch (kind) {
                    case 1 -> b.channel(DispatchChannel.PAPER);
                    case 2 -> b.offHoursApproved(true);
                    case 3 -> b.status(OrderStatus.CANCELLED);
                    default -> { }
                }
                out.add(b.build());
            }
            int n = r.nextInt(0, Math.min(extra, Math.max(size, 0)) + 1);
            for (int k = 0; k < n; k++) {
                out.add(free(v + "-X" + k, v, track.plan().start(), hours, r));
            }
            return out;
        };
    }

    /** The times of an order; check-out and check-in may be null. */
    private record Cover(Instant created, Instant start, Instant end, Instant out, Instant in) {

        /** A well-kept order for drive {@code d}. */
        static Cover of(Track.Drive d, RandomGenerator r) {
            Instant start = d.start().minusMillis(r.nextInt(0, 21) * MINUTE);
            Instant end = d.end().plusMillis(r.nextInt(0, 21) * MINUTE);
            Instant out = r.nextInt(0, 5) == 0 ? null : d.start().plusMillis(r.nextInt(-8, 9) * MINUTE);
            Instant in = r.nextInt(0, 5) == 0 ? null : d.end().plusMillis(r.nextInt(-8, 9) * MINUTE);
            return new Cover(start.minusMillis(r.nextInt(60, 1201) * MINUTE), start, end, out, in);
        }

        Cover withCreated(Instant value) {
            return new Cover(value, start, end, out, in);
        }

        Cover withChecked(Instant newOut, Instant newIn) {
            return new Cover(created, start, end, newOut, newIn);
        }

        DispatchOrder.Builder build(String id, String vehicle) {
            Instant checkin = out != null && in != null && in.isBefore(out) ? out : in;
            return DispatchOrder.builder(id, vehicle, created, start, end.isBefore(start) ? start : end).checked(out, checkin);
        }
    }

    /** An order anywhere in the first {@code hours} hours, of any kind. */
    private static DispatchOrder free(String id, String vehicle, Instant from, int hours, RandomGenerator r) {
        Instant start = from.plusMillis(r.nextLong(0, hours * 60L) * MINUTE);
        Instant end = start.plusMillis(r.nextInt(0, 901) * MINUTE);
        Instant out = r.nextInt(0, 3) == 0 ? null : start.plusMillis(r.nextInt(-90, 91) * MINUTE);
        Instant in = r.nextInt(0, 3) == 0 ? null : end.plusMillis(r.nextInt(-90, 91) * MINUTE);
        if (out != null && in != null && in.isBefore(out)) {
            in = out;
        }
        return DispatchOrder.builder(id, vehicle, start.plusMillis(r.nextInt(-600, 121) * MINUTE), start, end)
                .checked(out, in)
                .channel(r.nextInt(0, 10) == 1 ? DispatchChannel.PAPER : DispatchChannel.ONLINE)
                .status(r.nextInt(0, 10) == 1 ? OrderStatus.CANCELLED : OrderStatus.COMPLETED)
                .offHoursApproved(r.nextInt(0, 5) == 1).build();
    }
}
