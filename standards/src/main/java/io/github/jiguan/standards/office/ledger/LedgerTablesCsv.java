package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.office.AuctionResult;
import io.github.jiguan.core.office.Lease;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger audit's tables as CSV: the ownership progress (one file per county and per unit, or
 * both in one), the lease auctions per unit and per lot, and the water and energy figures with their
 * year-on-year changes. Stateless; thread-safe.
 */
public final class LedgerTablesCsv {

    /** The columns of a progress table. */
    public static final List<String> PROGRESS = List.of("scope", "id", "name", "properties", "surveyed", "filed",
            "registered", "outstanding", "settled_percent", "deadline", "state");
    /** The columns of the auctions table. */
    public static final List<String> AUCTIONS = List.of("agency_id", "lots", "let", "unsold", "withdrawn",
            "annual_yuan");
    /** The columns of the auction lots table. */
    public static final List<String> LOTS = List.of("agency_id", "lot", "lease_id", "building_id", "area_m2", "result",
            "counterparty", "start", "end", "annual_rent_yuan");
    /** The columns of the energy table; the changes are on the year before, in percent, empty without one. */
    public static final List<String> ENERGY = List.of("agency_id", "building_id", "year", "persons", "floor_area_m2",
            "water_t", "water_per_head_t", "water_per_head_change_percent", "energy_kgce", "energy_per_m2_kgce",
            "energy_per_m2_change_percent");

    private LedgerTablesCsv() {
    }

    /** Writes progress lines to a writer made with {@link #PROGRESS}. */
    public static void progress(CsvWriter out, List<OwnershipProgress> lines) {
        for (OwnershipProgress p : lines) {
            String percent = p.properties() == 0 ? "" : BigDecimal.valueOf(100L * (p.filed() + p.registered()))
                    .divide(BigDecimal.valueOf(p.properties()), 1, RoundingMode.HALF_UP).toPlainString();
            out.row(p.scope().name(), p.id(), p.name(), n(p.properties()), n(p.surveyed()), n(p.filed()),
                    n(p.registered()), n(p.outstanding()), percent, p.deadline().toString(), p.state().name());
        }
    }

    /** Writes auction summaries to a writer made with {@link #AUCTIONS}. */
    public static void auctions(CsvWriter out, List<AuctionSummary> lines) {
        for (AuctionSummary a : lines) {
            out.row(a.agencyId(), n(a.lots()), n(a.let()), n(a.unsold()), n(a.withdrawn()), a.annualYuan().toPlainString());
        }
    }

    /** Writes every auctioned lot, let or not, by unit and lot, to a writer made with {@link #LOTS}. */
    public static void lots(CsvWriter out, List<Lease> leases) {
        leases.stream().filter(Lease::isAuctioned).sorted(Comparator.comparing(Lease::agencyId)
                .thenComparing(Lease::auctionLot).thenComparing(Lease::id)).forEach(l -> out.row(l.agencyId(),
                l.auctionLot(), l.id(), l.buildingId(), l.area().toString(),
                l.auction().orElse(AuctionResult.LET).name(), l.counterparty(), l.start().toString(), l.end().toString(),
                l.annualRentYuan().toPlainString()));
    }

    /** Writes energy figures, with the change on the year before, to a writer made with {@link #ENERGY}. */
    public static void energy(CsvWriter out, List<EnergyFigure> lines) {
        Map<String, EnergyFigure> byKey = new HashMap<>();
        lines.forEach(e -> byKey.put(key(e, e.year()), e));
        for (EnergyFigure e : lines) {
            EnergyFigure prev = byKey.get(key(e, e.year() - 1));
            out.row(e.agencyId(), e.buildingId(), n(e.year()), n(e.persons()), e.floorArea().toString(),
                    e.waterTonnes().toPlainString(), e.waterPerHead().toPlainString(),
                    prev == null ? "" : change(prev.waterPerHead(), e.waterPerHead()),
                    e.kgce().setScale(2, RoundingMode.HALF_UP).toPlainString(), e.kgcePerSquareMetre().toPlainString(),
                    prev == null ? "" : change(prev.kgcePerSquareMetre(), e.kgcePerSquareMetre()));
        }
    }

    private static String key(EnergyFigure e, int year) {
        return e.agencyId() + "\u0000" + e.buildingId() + "\u0000" + year;
    }

    private static String change(BigDecimal previous, BigDecimal current) {
        return previous.signum() == 0 ? "" : current.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous, 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String n(int v) {
        return Integer.toString(v);
    }
}
