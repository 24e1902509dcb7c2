package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.track.Trip;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the sheets of an {@link OperationsReport} as CSV (docs/vehicle-ops.md): the per-trip costs,
 * the annual costs per vehicle and per unit, new-energy against fuel vehicles, the terminal ranking
 * and the file completeness per unit. Times are ISO-8601 with the Beijing offset, money exact yuan,
 * shares decimals (0.399). Stateless; thread-safe.
 */
public final class SheetsCsv {

    /** The per-trip kinds, in the column order of trip-costs.csv. */
    private static final List<CostKind> TRIP_KINDS = List.of(CostKind.FUEL, CostKind.ELECTRICITY, CostKind.TOLL,
            CostKind.PARKING, CostKind.ALLOWANCE);

    /** The columns of trip-costs.csv. */
    public static final List<String> TRIP_COSTS = List.of("vehicle_id", "plate", "agency_id", "trip_start", "trip_end",
            "km", "order_id", "driver_id", "purpose", "destination", "fuel_yuan", "electricity_yuan", "toll_yuan",
            "parking_yuan", "allowance_yuan", "total_yuan", "cost_ids", "unattached");
    /** The columns of annual-costs.csv. */
    public static final List<String> ANNUAL = List.of("vehicle_id", "plate", "agency_id", "year", "fuel_yuan",
            "electricity_yuan", "toll_yuan", "parking_yuan", "allowance_yuan", "repair_yuan", "insurance_yuan",
            "driver_yuan", "total_yuan", "km", "per_100km_yuan", "previous_yuan", "change");
    /** The columns of unit-costs.csv. */
    public static final List<String> UNITS = List.of("agency_id", "year", "total_yuan", "vehicles", "per_vehicle_yuan",
            "previous_per_vehicle_yuan", "change");
    /** The columns of energy-comparison.csv. */
    public static final List<String> ENERGY = List.of("year", "category", "nev_vehicles", "nev_km", "nev_energy_per_100km",
            "nev_cost_per_100km", "nev_per_vehicle_yuan", "fuel_vehicles", "fuel_km", "fuel_energy_per_100km",
            "fuel_cost_per_100km", "fuel_per_vehicle_yuan",
            "energy_saving", "cost_saving");
    /** The columns of terminals.csv. */
    public static final List<String> TERMINALS = List.of("rank", "vehicle_id", "plate", "agency_id", "offline_days", "days",
            "last_fix");
    /** The columns of terminal-units.csv. */
    public static final List<String> TERMINAL_UNITS = List.of("rank", "agency_id", "vehicles", "offline_days",
            "vehicle_days", "offline_rate");
    /** The columns of dossier-units.csv. */
    public static final List<String> DOSSIER_UNITS = List.of("agency_id", "vehicles", "complete", "complete_share",
            "incomplete");

    private SheetsCsv() {
    }

    /** Writes trip-costs.csv rows. */
    public static void tripCosts(CsvWriter out, List<OperationsReport.TripCost> rows) {
        for (OperationsReport.TripCost r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.vehicleId(), r.plate(), r.agencyId(),
                    r.trip().map(t -> ChinaTime.format(t.start())).orElse(""), r.trip().map(t -> ChinaTime.format(t.end())).orElse(""),
                    r.trip().map(SheetsCsv::km).orElse(""), r.order().map(DispatchOrder::orderId).orElse(""),
                    r.driverId().orElse(""), r.order().map(DispatchOrder::purpose).orElse(""),
                    r.order().map(DispatchOrder::destination).orElse("")));
            TRIP_KINDS.forEach(k -> cells.add(money(r.amounts(), k)));
            cells.add(r.total().toPlainString());
            cells.add(String.join(";", r.costIds()));
            cells.add(r.unattached().map(Enum::name).orElse(""));
            out.row(cells);
        }
    }

    /** Writes annual-costs.csv rows. */
    public static void annual(CsvWriter out, List<OperationsReport.AnnualCost> rows) {
        for (OperationsReport.AnnualCost a : rows) {
            List<String> cells = new ArrayList<>(List.of(a.vehicleId(), a.plate(), a.agencyId(), Integer.toString(a.year())));
            for (CostKind k : CostKind.values()) {
                cells.add(money(a.amounts(), k));
            }
            cells.add(a.total().toPlainString());
            cells.add(plain(a.km()));
            cells.add(plain(a.per100Km()));
            cells.add(plain(a.previous()));
            cells.add(plain(a.change()));
            out.row(cells);
        }
    }

    /** Writes unit-costs.csv rows. */
    public static void units(CsvWriter out, List<OperationsReport.UnitAnnualCost> rows) {
        for (OperationsReport.UnitAnnualCost u : rows) {
            out.row(u.agencyId(), Integer.toString(u.year()), u.totalYuan().toPlainString(), Integer.toString(u.vehicles()),
                    u.perVehicle().toPlainString(), plain(u.previousPerVehicle()), plain(u.change()));
        }
    }

    /** Writes energy-comparison.csv rows. */
    public static void energy(CsvWriter out, List<OperationsReport.EnergyComparison> rows) {
        for (OperationsReport.EnergyComparison e : rows) {
            out.row(Integer.toString(e.year()), e.category().name(), Integer.toString(e.newEnergy().vehicles()),
                    e.newEnergy().km().toPlainString(), plain(e.newEnergy().energyPer100Km()),
                    plain(e.newEnergy().costPer100Km()), plain(e.newEnergy().perVehicle()),
                    Integer.toString(e.fuel().vehicles()), e.fuel().km().toPlainString(), plain(e.fuel().energyPer100Km()),
                    plain(e.fuel().costPer100Km()), plain(e.fuel().perVehicle()), plain(e.energySaving()), plain(e.costSaving()));
        }
    }

    /** Writes terminals.csv rows, ranked. */
    public static void terminals(CsvWriter out, List<OperationsReport.TerminalRank> rows) {
        int rank = 0;
        for (OperationsReport.TerminalRank t : rows) {
            out.row(Integer.toString(++rank), t.vehicleId(), t.plate(), t.agencyId(), Integer.toString(t.offlineDays()),
                    Integer.toString(t.days()), t.lastFix().map(ChinaTime::format).orElse(""));
        }
    }

    /** Writes terminal-units.csv rows, ranked. */
    public static void terminalUnits(CsvWriter out, List<OperationsReport.UnitTerminals> rows) {
        int rank = 0;
        for (OperationsReport.UnitTerminals u : rows) {
            out.row(Integer.toString(++rank), u.agencyId(), Integer.toString(u.vehicles()), Integer.toString(u.offlineDays()),
                    Integer.toString(u.vehicleDays()), u.offlineRate().toPlainString());
        }
    }

    /** Writes dossier-units.csv rows. */
    public static void dossiers(CsvWriter out, List<OperationsReport.UnitCompleteness> rows) {
        for (OperationsReport.UnitCompleteness u : rows) {
            int complete = u.vehicles() - u.incomplete().size();
            out.row(u.agencyId(), Integer.toString(u.vehicles()), Integer.toString(complete),
                    BigDecimal.valueOf(complete).divide(BigDecimal.valueOf(u.vehicles()), 4, RoundingMode.HALF_UP).toPlainString(),
                    String.join(";", u.incomplete()));
        }
    }

    private static String km(Trip t) {
        return BigDecimal.valueOf(t.distanceMetres()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String money(Map<CostKind, BigDecimal> amounts, CostKind k) {
        BigDecimal v = amounts.get(k);
        return v == null ? "" : v.toPlainString();
    }

    private static String plain(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("");
    }
}
