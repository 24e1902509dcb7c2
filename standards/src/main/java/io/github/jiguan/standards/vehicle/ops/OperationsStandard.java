package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.standards.source.Standard;
import io.github.jiguan.standards.source.StandardData;
import io.github.jiguan.standards.source.StandardData.Value;
import io.github.jiguan.standards.source.StandardDocument;
import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.standards.source.StandardSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The figures of vehicle operations as data (《党政机关公务用车管理办法》 and local practice): what the
 * per-vehicle file (一车一档) must hold, how early an expiry is announced, the designated garage and
 * station, labour dispatch for drivers, rental approval, the marking deadline, the categories kept
 * inside their areas, the parking alarm distance, the disposal thresholds, terminal maintenance,
 * the cost-rise threshold and the complaint deadline.
 *
 * <p>Most figures are local practice or Jiguan defaults and are shipped provisional; a province
 * overrides them with its own file ({@code document.overrides,vehicle-operations-2017}). Immutable and
 * thread-safe.
 */
public final class OperationsStandard implements Standard {

    /** The id of the standard, which an override names in {@code document.overrides}. */
    public static final String ID = "vehicle-operations-2017";

    /** How a {@link StandardSet} builds this standard. */
    public static final Standard.Kind<OperationsStandard> KIND = Standard.Kind.of(ID, OperationsStandard.class,
            OperationsStandard::national, OperationsStandard::withOverrides);

    /** The shipped resource. */
    public static final String RESOURCE = "vehicle-operations-2017.csv";

    private static final Set<String> KEYS = Set.of("dossier.items", "expiry.warning_days", "designated.enforced",
            "drivers.labour_dispatch", "licence.enforced", "rental.approval_required", "marking.max_days",
            "marking.both_forbidden", "area.categories", "parking.alarm_m", "disposal.idle_days",
            "disposal.repair_share", "terminal.offline_days", "terminal.check_months", "cost.rise_share",
            "complaint.deadline_days");

    private final StandardData data;
    private final List<DossierItem> items;
    private final Set<VehicleCategory> areaCategories;

    private OperationsStandard(StandardData data) {
        this.data = data.requireKnownKeys(KEYS::contains, KEYS.toString());
        this.items = data.require("dossier.items").list("a list of dossier items", DossierItem::parse);
        List<VehicleCategory> cats = data.require("area.categories").list("a list of categories", VehicleCategory::parse);
        this.areaCategories = cats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cats));
        warningDays();
        markingDays();
        parkingAlarmMetres();
        idleDays();
        repairShare();
        offlineDays();
        checkMonths();
        riseShare();
        complaintDeadline();
        for (String flag : List.of("designated.enforced", "drivers.labour_dispatch", "licence.enforced",
                "rental.approval_required", "marking.both_forbidden")) {
            data.require(flag).flag();
        }
    }

    /** The national standard as shipped. */
    public static OperationsStandard national() {
        return of(StandardFile.resource(RESOURCE), List.of());
    }

    /** The standard from a national file and a province's overrides (later ones win). */
    public static OperationsStandard of(StandardFile national, List<StandardFile> overrides) {
        return new OperationsStandard(StandardData.of(national, overrides));
    }

    /** The national standard with a province's overrides applied. */
    public static OperationsStandard withOverrides(List<StandardFile> overrides) {
        return of(StandardFile.resource(RESOURCE), overrides);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<StandardDocument> documents() {
        return data.documents();
    }

    /** What the per-vehicle file must hold. */
    public List<DossierItem> dossierItems() {
        return items;
    }

    /** How many days before an expiry it is announced (30). */
    public int warningDays() {
        return data.require("expiry.warning_days").wholeNumber(0, 366);
    }

    /** Whether repairs and refuelling must be at the designated garage and station. */
    public boolean designatedEnforced() {
        return data.require("designated.enforced").flag();
    }

    /** Whether drivers must be hired through labour dispatch (a seconded driver is a finding). */
    public boolean labourDispatchRequired() {
        return data.require("drivers.labour_dispatch").flag();
    }

    /** Whether a trip on an expired licence is a finding. */
    public boolean licenceEnforced() {
        return data.require("licence.enforced").flag();
    }

    /** Whether a rental needs an approval. */
    public boolean rentalApprovalRequired() {
        return data.require("rental.approval_required").flag();
    }

    /** Days after registration by which a vehicle must be marked (15, Jiangsu). */
    public int markingDays() {
        return data.require("marking.max_days").wholeNumber(0, 366);
    }

    /** Whether old and new markings at once is a finding. */
    public boolean bothMarkingsForbidden() {
        return data.require("marking.both_forbidden").flag();
    }

    /** The categories that must stay inside their areas (law enforcement). */
    public Set<VehicleCategory> areaCategories() {
        return areaCategories;
    }

    /** How far outside its parking place a vehicle may be without an order (50 m). */
    public double parkingAlarmMetres() {
        return data.require("parking.alarm_m").decimal(BigDecimal.ONE, new BigDecimal("100000")).doubleValue();
    }

    /** The idle spell that makes a vehicle a disposal candidate, in days (90). */
    public int idleDays() {
        return data.require("disposal.idle_days").wholeNumber(1, 3660);
    }

    /** The share of its value a year's repairs may reach before the vehicle is a disposal candidate (0.5). */
    public BigDecimal repairShare() {
        return data.require("disposal.repair_share").decimal(new BigDecimal("0.01"), new BigDecimal("10"));
    }

    /** Offline days that put a terminal on the maintenance list (7). */
    public int offlineDays() {
        return data.require("terminal.offline_days").wholeNumber(1, 3660);
    }

    /** The interval between terminal checks, in months (6). */
    public int checkMonths() {
        return data.require("terminal.check_months").wholeNumber(1, 120);
    }

    /** The year-on-year rise of cost per vehicle that is flagged, as a share (0.2). */
    public BigDecimal riseShare() {
        return data.require("cost.rise_share").decimal(BigDecimal.ZERO, new BigDecimal("100"));
    }

    /** The time a complaint must be answered in (3 days, Jiangsu's 12345). */
    public Duration complaintDeadline() {
        return Duration.ofDays(data.require("complaint.deadline_days").wholeNumber(1, 365));
    }

    /** The citation of {@code key}'s rule with {@code figure} describing what was applied. */
    Citation cite(String key, String figure) {
        Value v = data.require(key);
        return v.cite(figure);
    }

    /** The citation of the complaint deadline. */
    public Citation complaintRule() {
        return cite("complaint.deadline_days", "投诉 " + complaintDeadline().toDays() + " 日内办结");
    }
}
