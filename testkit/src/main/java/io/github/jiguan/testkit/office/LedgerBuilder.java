package io.github.jiguan.testkit.office;

import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.Compound;
import io.github.jiguan.core.office.DocumentRecord;
import io.github.jiguan.core.office.EnergyUse;
import io.github.jiguan.core.office.Lease;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.Repair;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.UnitRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds an {@link OfficeLedger} step by step, replacing entries by id, for tests and demos that
 * start from a clean ledger and change one thing. Not thread-safe; {@link #build()} copies.
 */
public final class LedgerBuilder {

    private final Map<String, Compound> compounds = new LinkedHashMap<>();
    private final Map<String, BuildingRecord> buildings = new LinkedHashMap<>();
    private final Map<String, UnitRecord> units = new LinkedHashMap<>();
    private final Map<String, RoomRecord> rooms = new LinkedHashMap<>();
    private final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
    private final List<Lease> leases = new ArrayList<>();
    private final List<Repair> repairs = new ArrayList<>();
    private final List<EnergyUse> energy = new ArrayList<>();

    /** Adds or replaces a compound. */
    public LedgerBuilder compound(Compound c) {
        compounds.put(c.id(), c);
        return this;
    }

    /** Adds or replaces a building. */
    public LedgerBuilder building(BuildingRecord b) {
        buildings.put(b.id(), b);
        return this;
    }

    /** Replaces a building with what {@code change} makes of it. */
    public LedgerBuilder building(String id, UnaryOperator<BuildingRecord> change) {
        buildings.computeIfPresent(id, (k, b) -> change.apply(b));
        return this;
    }

    /** Adds or replaces a unit. */
    public LedgerBuilder unit(UnitRecord u) {
        units.put(u.agencyId(), u);
        return this;
    }

    /** Adds or replaces a room. */
    public LedgerBuilder room(RoomRecord r) {
        rooms.put(r.id(), r);
        return this;
    }

    /** Adds or replaces a document. */
    public LedgerBuilder document(DocumentRecord d) {
        documents.put(d.id(), d);
        return this;
    }

    /** Removes a document. */
    public LedgerBuilder withoutDocument(String id) {
        documents.remove(id);
        return this;
    }

    /** Adds a lease. */
    public LedgerBuilder lease(Lease l) {
        leases.add(l);
        return this;
    }

    /** Adds a repair project. */
    public LedgerBuilder repair(Repair r) {
        repairs.add(r);
        return this;
    }

    /** Adds an energy record. */
    public LedgerBuilder energy(EnergyUse e) {
        energy.add(e);
        return this;
    }

    /** The rooms so far. */
    public List<RoomRecord> rooms() {
        return List.copyOf(rooms.values());
    }

    /** The ledger. */
    public OfficeLedger build() {
        return new OfficeLedger(compounds, buildings, units, List.copyOf(rooms.values()),
                List.copyOf(documents.values()), leases, repairs, energy);
    }
}
