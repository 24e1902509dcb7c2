package io.github.jiguan.examples.cli;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.examples.gateway.register.RegisterEntry;
import io.github.jiguan.examples.gateway.storage.Database;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The inputs of {@code reconcile --jdbc-url}: the fixes of a period and the register, read from the
 * gateway's database instead of fixes.csv and vehicles.csv.
 *
 * @param vehicles the register the gateway stored
 * @param fixes the stored positions of the period (a day either side is read too, for trips over midnight)
 */
public record DatabaseFleet(List<Vehicle> vehicles, FleetFixes fixes) {

    /** Reads the register and the fixes of {@code period} from {@code options}' database. */
    static DatabaseFleet read(DatabaseOptions options, AuditPeriod period) throws SQLException {
        try (Database db = options.open()) {
            return read(db, period);
        }
    }

    /** Reads the register and the fixes of {@code period} from an open gateway database. */
    public static DatabaseFleet read(Database db, AuditPeriod period) throws SQLException {
        List<Vehicle> vehicles = db.positions().register().stream().map(RegisterEntry::vehicle).toList();
        FleetFixes fixes = db.positions().fleetFixes(period.start(ChinaTime.ZONE).minus(Duration.ofDays(1)),
                period.end(ChinaTime.ZONE).plus(Duration.ofDays(1)));
        return new DatabaseFleet(vehicles, fixes);
    }
}
