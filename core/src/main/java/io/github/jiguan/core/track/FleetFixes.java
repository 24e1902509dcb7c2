package io.github.jiguan.core.track;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fixes of many vehicles, one {@link FixColumns.Builder} per vehicle: what a bulk import
 * fills row by row, in any row order. Not thread-safe; fill it from one thread (or fill one per
 * thread and {@link #addAll(FleetFixes) merge}).
 */
public final class FleetFixes {

    private final Map<String, FixColumns.Builder> byVehicle = new LinkedHashMap<>();
    private final int expectedRows;

    /** An empty table. */
    public FleetFixes() {
        this(64);
    }

    /**
     * An empty table whose vehicles' columns start with room for {@code expectedRowsPerVehicle}
     * rows: a reader that can estimate it (file size / row size / vehicles) saves most of the copies
     * and the garbage of growing the columns.
     */
    public FleetFixes(int expectedRowsPerVehicle) {
        this.expectedRows = io.github.jiguan.core.Checks.inRange("expected rows per vehicle", expectedRowsPerVehicle, 1,
                1 << 24);
    }

    /** The growing columns of {@code vehicleId}, created on first use. */
    public FixColumns.Builder vehicle(String vehicleId) {
        FixColumns.Builder b = byVehicle.get(vehicleId);
        if (b == null) {
            b = FixColumns.builder(vehicleId, expectedRows);
            byVehicle.put(b.vehicleId(), b);
        }
        return b;
    }

    /**
     * Moves every fix of {@code other} here, leaving it empty: the columns of a vehicle this table
     * does not have yet are taken over as they are, without a copy (the join of a file read in parts).
     */
    public FleetFixes moveAll(FleetFixes other) {
        for (FixColumns.Builder b : other.byVehicle.values()) {
            FixColumns.Builder mine = byVehicle.get(b.vehicleId());
            if (mine == null) {
                byVehicle.put(b.vehicleId(), b);
            } else {
                mine.addAll(b.view());
            }
        }
        other.byVehicle.clear();
        return this;
    }

    /** Appends a fix to its vehicle's columns. */
    public FleetFixes add(Fix fix) {
        vehicle(fix.vehicleId()).add(fix);
        return this;
    }

    /** Appends fixes to their vehicles' columns. */
    public FleetFixes addAll(Collection<Fix> fixes) {
        for (Fix f : fixes) {
            add(f);
        }
        return this;
    }

    /** Appends every fix of {@code other}. */
    public FleetFixes addAll(FleetFixes other) {
        for (FixColumns.Builder b : other.byVehicle.values()) {
            vehicle(b.vehicleId()).addAll(b.view());
        }
        return this;
    }

    /** The vehicles that have at least one fix, in the order first seen. */
    public Set<String> vehicleIds() {
        return java.util.Collections.unmodifiableSet(byVehicle.keySet());
    }

    /**
     * The fixes of {@code vehicleId} added so far, empty when it has none; not a copy (the columns
     * only grow, and the rows a view covers never change), so reading a large table costs nothing.
     */
    public FixColumns columns(String vehicleId) {
        FixColumns.Builder b = byVehicle.get(vehicleId);
        return b == null ? FixColumns.builder(vehicleId).build() : b.view();
    }

    /** The total number of fixes added. */
    public long size() {
        return byVehicle.values().stream().mapToLong(FixColumns.Builder::size).sum();
    }
}
