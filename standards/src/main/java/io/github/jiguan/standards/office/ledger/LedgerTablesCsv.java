package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.csv.CsvWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The ledger audit's tables as CSV: the ownership progress (one file per county and per unit, or
 * both in one), the lease auctions and the water and energy figures. Stateless; thread-safe.
 */
public final class LedgerTablesCsv {

    /** The columns of a progress table. */
    public static final List<String> PROGRESS = List.of("scope", "id", "name", "properties", "surveyed", "filed",
            "registered", "outstanding", "settled_percent", "deadline", "state");
    /** The columns of the auctions table. */
    public static final List<String> AUCTIONS = List.of("agency_id", "lots", "let", "unsold", "withdrawn",
            "annual_yuan");
    /** The columns of the energy table. */
    public static final List<String> ENERGY = List.of("agency_id", "building_id", "year", "persons", "floor_area_m2",
            "water_t", "water_per_head_t", "energy_kgce", "energy_per_m2_kgce");

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

    /** Writes energy figures to a writer made with {@link #ENERGY}. */
    public static void energy(CsvWriter out, List<EnergyFigure> lines) {
        for (EnergyFigure e : lines) {
            out.row(e.agencyId(), e.buildingId(), n(e.year()), n(e.persons()), e.floorArea().toString(),
                    e.waterTonnes().toPlainString(), e.waterPerHead().toPlainString(),
                    e.kgce().setScale(2, RoundingMode.HALF_UP).toPlainString(), e.kgcePerSquareMetre().toPlainString());
        }
    }

    private static String n(int v) {
        return Integer.toString(v);
    }
}
