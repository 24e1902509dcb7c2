package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.UnitRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One line of the ownership progress table (权属登记进度): for a county or a unit, how many
 * properties are surveyed, filed, registered and outstanding, against the deadline.
 *
 * @param scope       a county or a unit
 * @param id          the county's name or the unit's id
 * @param name        the county's or the unit's name
 * @param properties  the buildings counted
 * @param surveyed    of them, surveyed
 * @param filed       filed (备案)
 * @param registered  registered
 * @param outstanding neither registered nor filed
 * @param deadline    the deadline
 * @param state       done, in progress before the deadline, or overdue
 */
public record OwnershipProgress(Scope scope, String id, String name, int properties, int surveyed, int filed,
                                int registered, int outstanding, LocalDate deadline, State state) {

    /** What a line counts. */
    public enum Scope {
        /** A county (or district): the buildings of its compounds. */
        COUNTY,
        /** A unit: the buildings it uses rooms in. */
        UNIT
    }

    /** Where a county or unit stands against the deadline. */
    public enum State {
        /** Nothing outstanding. */
        DONE,
        /** Something outstanding, the deadline not passed. */
        IN_PROGRESS,
        /** Something outstanding after the deadline. */
        OVERDUE
    }

    /** Validates the counts. */
    public OwnershipProgress {
        Checks.notNull("scope", scope);
        id = Checks.notBlank("id", id);
        name = Checks.notBlank("name", name);
        if (filed + registered + outstanding != properties || surveyed > properties) {
            throw new io.github.jiguan.core.InvalidValueException("properties",
                    "must equal filed + registered + outstanding and be at least surveyed", properties);
        }
        Checks.notNull("deadline", deadline);
        Checks.notNull("state", state);
    }

    /** The progress table: one line per county, then one per unit, each sorted by id. */
    static List<OwnershipProgress> of(OfficeLedger ledger, LocalDate deadline, LocalDate asOf) {
        List<OwnershipProgress> lines = new ArrayList<>();
        Map<String, List<BuildingRecord>> byCounty = new TreeMap<>();
        ledger.buildings().values().forEach(b -> byCounty.computeIfAbsent(ledger.countyOf(b).orElse("未知"),
                k -> new ArrayList<>()).add(b));
        byCounty.forEach((county, bs) -> lines.add(line(Scope.COUNTY, county, county, bs, deadline, asOf)));
        Map<String, Set<String>> used = new TreeMap<>();
        ledger.units().keySet().forEach(u -> used.put(u, new TreeSet<>()));
        for (RoomRecord r : ledger.rooms()) {
            used.computeIfAbsent(r.agencyId(), k -> new TreeSet<>()).add(r.buildingId());
        }
        used.forEach((unit, ids) -> {
            List<BuildingRecord> bs = ids.stream().map(ledger.buildings()::get).filter(b -> b != null).toList();
            UnitRecord u = ledger.units().get(unit);
            lines.add(line(Scope.UNIT, unit, u == null ? unit : u.name(), bs, deadline, asOf));
        });
        return List.copyOf(lines);
    }

    private static OwnershipProgress line(Scope scope, String id, String name, Collection<BuildingRecord> bs,
                                          LocalDate deadline, LocalDate asOf) {
        int surveyed = 0;
        int filed = 0;
        int registered = 0;
        for (BuildingRecord b : bs) {
            surveyed += b.title().isSurveyed() ? 1 : 0;
            filed += b.title().status() == OwnershipStatus.FILED ? 1 : 0;
            registered += b.title().status() == OwnershipStatus.REGISTERED ? 1 : 0;
        }
        int outstanding = bs.size() - filed - registered;
        State state = outstanding == 0 ? State.DONE : asOf.isAfter(deadline) ? State.OVERDUE : State.IN_PROGRESS;
        return new OwnershipProgress(scope, id, name, bs.size(), surveyed, filed, registered, outstanding, deadline,
                state);
    }
}
