package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Marking;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.fleet.Vin;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.org.AdministrativeLevel;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the vehicle audit's inputs (docs/formats.md): the fleet's dossiers from vehicles.csv
 * extended with the dossier columns, and the units' quotas from quotas.csv.
 *
 * <p>vehicles.csv: the six columns of the reconciliation's vehicles.csv (read as
 * {@link VehiclesCsv#vehicle} reads them), then {@code displacement_l, price_yuan, energy,
 * purchase_date, odometer_km, marking}, optionally {@code configuration, disposal_date, vin,
 * agency_level}. A repeated vehicle id, and an agency given two levels, are rejected. quotas.csv:
 * {@code agency_id, category, quota}; a (unit, category) given twice is a repeat.
 *
 * <p>Bad rows go to the {@link ImportLog}. One instance reads one fleet; not thread-safe.
 */
public final class FleetCsv {

    /** The required columns of the vehicle audit's vehicles.csv. */
    public static final List<String> VEHICLE_COLUMNS = List.of("vehicle_id", "plate", "agency_id", "category",
            "base_lat", "base_lon", "displacement_l", "price_yuan", "energy", "purchase_date", "odometer_km", "marking");
    /** The columns of quotas.csv. */
    public static final List<String> QUOTA_COLUMNS = List.of("agency_id", "category", "quota");

    private final ImportLog log;
    private final Map<String, VehicleDossier> fleet = new LinkedHashMap<>();
    private final Map<String, Long> lines = new HashMap<>();
    private final Map<String, AdministrativeLevel> levels = new HashMap<>();

    /** A reader reporting bad rows to {@code log}. */
    public FleetCsv(ImportLog log) {
        this.log = Checks.notNull("log", log);
    }

    /**
     * Reads vehicles.csv into dossiers.
     *
     * @throws CsvFormatException when a required column is missing, or in strict mode at the first bad row
     */
    public FleetCsv readVehicles(CsvReader in) {
        log.read(in, VEHICLE_COLUMNS, this::dossier);
        return this;
    }

    /** The dossiers accepted, by vehicle id in file order. */
    public Map<String, VehicleDossier> dossiers() {
        return Collections.unmodifiableMap(fleet);
    }

    /** The dossiers accepted, in file order. */
    public List<VehicleDossier> fleet() {
        return List.copyOf(fleet.values());
    }

    /** Each unit's administrative level, for the units whose rows give {@code agency_level}. */
    public Map<String, AdministrativeLevel> agencyLevels() {
        return Map.copyOf(levels);
    }

    /**
     * Reads quotas.csv.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public List<VehicleQuota> readQuotas(CsvReader in) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, QUOTA_COLUMNS, r -> {
            VehicleQuota q = new VehicleQuota(r.required("agency_id", t -> Checks.id("agency_id", t)),
                    r.required("category", VehicleCategory::parse), r.required("quota", t -> Cells.integer("quota", t)));
            Long first = seen.putIfAbsent(q.agencyId() + "|" + q.category(), r.line());
            if (first != null) {
                throw r.repeat("category", first);
            }
            return q;
        });
    }

    private VehicleDossier dossier(CsvRow r) {
        Vehicle base = VehiclesCsv.vehicle(r);
        Vehicle v = base.toBuilder()
                .vin(r.optional("vin", Vin::of).orElse(null))
                .energy(r.optional("energy", EnergyType::parse).orElse(null))
                .displacementLitres(r.optional("displacement_l", t -> Cells.decimal("displacement_l", t)).orElse(null))
                .priceYuan(r.optional("price_yuan", t -> Cells.decimal("price_yuan", t)).orElse(null))
                .purchaseDate(r.optional("purchase_date", t -> Cells.date("purchase_date", t)).orElse(null))
                .marking(r.optional("marking", Marking::parse).orElse(null))
                .inService(null, r.optional("disposal_date", t -> Cells.date("disposal_date", t)).orElse(null))
                .build();
        ConfigurationTier tier = r.optional("configuration", ConfigurationTier::parse).orElse(ConfigurationTier.STANDARD);
        VehicleDossier d = new VehicleDossier(v, tier,
                r.optional("odometer_km", t -> Cells.decimal("odometer_km", t)).orElse(null));
        AdministrativeLevel level = r.optional("agency_level", AdministrativeLevel::parse).orElse(null);
        AdministrativeLevel known = level == null ? null : levels.get(v.agencyId());
        if (known != null && known != level) {
            throw r.invalid("agency_level", "contradicts " + known + " given for agency " + v.agencyId()
                    + " on an earlier row");
        }
        Long first = lines.putIfAbsent(d.id(), r.line());
        if (first != null) {
            throw r.repeat("vehicle_id", first);
        }
        fleet.put(d.id(), d);
        if (level != null) {
            levels.put(v.agencyId(), level);
        }
        return d;
    }
}
