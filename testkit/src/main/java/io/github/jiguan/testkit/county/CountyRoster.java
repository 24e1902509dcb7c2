package io.github.jiguan.testkit.county;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.DriverEmployment;
import io.github.jiguan.core.fleet.Vehicle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The drivers of a generated county fleet (drivers.csv): one driver assigned to each vehicle, hired
 * through labour dispatch with a C1 licence valid beyond the period, so that a trip without an
 * order still traces to the person who drove it. Stateless; thread-safe.
 */
public final class CountyRoster {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉"};

    private CountyRoster() {
    }

    /** The roster of {@code sample}: driver {@code D0001} drives {@code V0001}, and so on. */
    public static List<Driver> drivers(SampleFleet sample) {
        Checks.notNull("sample", sample);
        LocalDate valid = sample.period().to().plusYears(5);
        List<Driver> out = new ArrayList<>();
        for (Vehicle v : sample.vehicles()) {
            int n = out.size();
            out.add(new Driver(driverOf(v), SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length + n) % GIVEN.length],
                    v.agencyId(), "", DriverEmployment.LABOUR_DISPATCH, "C1", Optional.of(valid), Optional.of(v.id())));
        }
        return List.copyOf(out);
    }

    /** The id of the driver assigned to {@code v}: its id with V replaced by D. */
    public static String driverOf(Vehicle v) {
        return "D" + (v.id().startsWith("V") ? v.id().substring(1) : v.id());
    }
}
