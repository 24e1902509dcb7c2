package io.github.jiguan.testkit.county;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.LocalMetric;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.core.interchange.OrdersCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small vehicle-operations data set of {@code examples/data/vehicles/}: eight vehicles of two
 * units from 2024-12-01 to 2025-02-28, with the files of {@code jiguan vehicle-ops}
 * (vehicles.csv with energy, orders.csv with driver_id, fixes.csv, dossier.csv, drivers.csv,
 * costs.csv, rentals.csv, markings.csv, areas.csv) made so that, audited as of 2025-03-01, every
 * kind of vehicle-operations finding occurs at least once, each for a reason {@link #CASES} names.
 *
 * <p>The same call writes the same bytes. Stateless; thread-safe.
 */
public final class OperationsExample {

    /** The audit date the data set is made for. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    /** The first day of the trajectories. */
    public static final LocalDate FROM = LocalDate.of(2024, 12, 1);
    /** What each vehicle, driver and contract of the set is there to show. */
    public static final List<String> CASES = List.of(
            "V01 冀H10001: a trip on order O1 with its toll, fuel and allowance; fuel off the designated station on a day"
                    + " without a trip (FUEL_OFF_DESIGNATED, COST_UNATTACHED); a repair off the designated garage; costs up"
                    + " from 2024 (COST_RISE for the vehicle and unit A01)",
            "V02 冀H10002: file without designated garage and marking photos (DOSSIER_INCOMPLETE, UNIT_DOSSIERS_INCOMPLETE),"
                    + " insurance expiring 2025-03-15, inspection expired 2025-02-20; order O9 names driver D99, not in the"
                    + " roster; its driver D02 is seconded",
            "V03 冀H10003: law enforcement, area Z1 of 3 km; the trip of order O3 goes 5 km out (AREA_EXIT), driven by D03"
                    + " whose licence expired 2025-01-31 (LICENCE_EXPIRED_TRIP)",
            "V04 冀H10004: parking place P4 of 50 m; on 2025-02-12 14:00 it drives 3 km away without an order"
                    + " (LEFT_PARKING_WITHOUT_ORDER; reconcile reports TRIP_WITHOUT_ORDER); driver D04 assigned",
            "V02, V06, V07: one ordinary trip each on 2025-01-15, on orders O2, O6 and O7",
            "V05 冀H10005: no trip for 90 days, registered 2016-05-01, repairs of 80,000 yuan against a value of 100,000"
                    + " (DISPOSAL_CANDIDATE for all three reasons)",
            "V06 冀H10006: terminal silent 2025-02-10 to 2025-02-19 (TERMINAL_MAINTENANCE), last checked 2024-06-01"
                    + " (TERMINAL_CHECK_OVERDUE)",
            "V07 冀H10007: registered 2025-01-01, marked only on 2025-01-25, with old and new markings (MARKING_LATE,"
                    + " MARKING_BOTH)",
            "V08 冀H·D10008: battery electric, a trip on order O8 with its charging, against V01 in energy-comparison.csv",
            "R1: unit A02 rents V09, not in the register, without approval, above its ceiling (RENTAL_UNAPPROVED,"
                    + " RENTAL_OVER_CEILING, RENTAL_NOT_IN_REGISTER)");

    private static final GeoPoint SEAT = GeoPoint.of(38.0428, 114.5149);
    private static final long HOUR = 3_600_000L;

    private OperationsExample() {
    }

    /** Writes the files into {@code dir}, which is created. */
    public static void write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        table(dir, "vehicles.csv", List.of("vehicle_id", "plate", "agency_id", "category", "base_lat", "base_lon", "energy"),
                List.of(v("V01", "冀H10001", "A01", "GENERAL", 0, "PETROL"), v("V02", "冀H10002", "A01", "GENERAL", 1, "PETROL"),
                        v("V03", "冀H10003", "A01", "LAW_ENFORCEMENT", 2, "PETROL"), v("V04", "冀H10004", "A01", "GENERAL", 3, "PETROL"),
                        v("V05", "冀H10005", "A02", "GENERAL", 4, "PETROL"), v("V06", "冀H10006", "A02", "GENERAL", 5, "DIESEL"),
                        v("V07", "冀H10007", "A02", "GENERAL", 6, "PETROL"),
                        v("V08", "冀H·D10008", "A01", "GENERAL", 7, "BATTERY_ELECTRIC")));
        List<String> orders = new ArrayList<>(OrdersCsv.HEADER);
        orders.add(OrdersCsv.DRIVER);
        table(dir, "orders.csv", orders, List.of(
                order("O1", "V01", "2025-02-09T16:00", "2025-02-10T08:50", "2025-02-10T11:30", "北关乡", "调研", "D01"),
                order("O3", "V03", "2025-02-10T16:00", "2025-02-11T08:50", "2025-02-11T11:00", "南营镇", "执法检查", "D03"),
                order("O8", "V08", "2025-02-12T16:00", "2025-02-13T08:50", "2025-02-13T11:30", "东王庄乡", "会议", "D08"),
                order("O2", "V02", "2025-01-14T16:00", "2025-01-15T09:50", "2025-01-15T12:00", "西柏坡镇", "督查", "D02"),
                order("O6", "V06", "2025-01-14T16:00", "2025-01-15T09:50", "2025-01-15T12:00", "石门乡", "慰问", "D06"),
                order("O7", "V07", "2025-01-14T16:00", "2025-01-15T09:50", "2025-01-15T12:00", "马村镇", "项目验收", "D07"),
                order("O9", "V02", "2025-02-13T16:00", "2025-02-14T09:00", "2025-02-14T10:00", "城关镇", "送文件", "D99")));
        fixes(dir);
        table(dir, "dossier.csv", List.of("vehicle_id", "approval", "registered", "insurance_expiry", "inspection_expiry",
                "designated_garage", "designated_station", "marking_photos", "terminal_installed", "terminal_checked",
                "value_yuan", "disposed"), List.of(
                file("V01", "2023-05-01", "2025-12-31", "2025-12-31", "城关修理厂", "2024-12-01", "150000"),
                file("V02", "2023-05-01", "2025-03-15", "2025-02-20", "", "2024-12-01", "150000"),
                file("V03", "2023-05-01", "2025-12-31", "2025-12-31", "城关修理厂", "2024-12-01", "150000"),
                file("V04", "2023-05-01", "2025-12-31", "2025-12-31", "城关修理厂", "2024-12-01", "150000"),
                file("V05", "2016-05-01", "2025-12-31", "2025-12-31", "城关修理厂", "2024-12-01", "100000"),
                file("V06", "2023-05-01", "2025-12-31", "2025-12-31", "城关修理厂", "2024-06-01", "150000"),
                file("V07", "2025-01-01", "2025-12-31", "2025-12-31", "城关修理厂", "2025-01-05", "150000"),
                file("V08", "2023-05-01", "2025-12-31", "2025-12-31", "城关修理厂", "2024-12-01", "180000")));
        List<String[]> drivers = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String id = String.format(Locale.ROOT, "D%02d", i);
            String employment = i == 2 ? "SECONDED" : "LABOUR_DISPATCH";
            String expiry = i == 3 ? "2025-01-31" : "2030-12-31";
            drivers.add(new String[] {id, "驾驶员" + i, i >= 5 && i <= 7 ? "A02" : "A01", employment, "C1", expiry,
                String.format(Locale.ROOT, "V%02d", i)});
        }
        table(dir, "drivers.csv", List.of("driver_id", "name", "agency_id", "employment", "licence_class", "licence_expiry",
                "vehicle_id"), drivers);
        table(dir, "costs.csv", List.of("cost_id", "vehicle_id", "kind", "time", "amount_yuan", "place", "order_id",
                "driver_id"), List.of(
                cost("K01", "V01", "INSURANCE", "2024-03-01T10:00", "3000", "人保城关支公司", ""),
                cost("K02", "V08", "INSURANCE", "2024-03-01T10:00", "3000", "人保城关支公司", ""),
                cost("K03", "V01", "INSURANCE", "2025-02-01T10:00", "3600", "人保城关支公司", ""),
                cost("K04", "V08", "INSURANCE", "2025-02-01T10:00", "3000", "人保城关支公司", ""),
                cost("K05", "V01", "TOLL", "2025-02-10T09:10", "15", "石家庄北收费站", ""),
                cost("K06", "V01", "FUEL", "2025-02-10T09:20", "200", "中石化城关站", ""),
                cost("K07", "V01", "ALLOWANCE", "2025-02-10T18:00", "60", "", "O1"),
                cost("K08", "V01", "FUEL", "2025-02-12T10:00", "300", "某民营加油站", ""),
                cost("K09", "V01", "REPAIR", "2025-02-15T10:00", "1500", "路边快修", ""),
                cost("K10", "V08", "ELECTRICITY", "2025-02-13T09:20", "40", "城关充电站", ""),
                cost("K11", "V05", "REPAIR", "2024-10-15T10:00", "80000", "城关修理厂", "")));
        table(dir, "rentals.csv", List.of("contract_id", "agency_id", "vehicle_id", "lessor", "first", "last", "amount_yuan",
                "ceiling_yuan", "approval"), List.<String[]>of(
                new String[] {"R1", "A02", "V09", "某汽车租赁公司", "2025-02-01", "2025-02-28", "9000", "8000", ""}));
        table(dir, "markings.csv", List.of("vehicle_id", "since", "state"), markings());
        GeoPoint v3 = base(2);
        GeoPoint v4 = base(3);
        table(dir, "areas.csv", List.of("area_id", "purpose", "agency_id", "vehicle_id", "shape", "lat", "lon", "radius_m",
                "vertices"), List.of(
                new String[] {"Z1", "ENFORCEMENT", "A01", "", "CIRCLE", num(v3.latitude()), num(v3.longitude()), "3000", ""},
                new String[] {"P4", "PARKING", "", "V04", "CIRCLE", num(v4.latitude()), num(v4.longitude()), "50", ""}));
    }

    private static List<String[]> markings() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String id = String.format(Locale.ROOT, "V%02d", i);
            if (i == 7) {
                rows.add(new String[] {id, "2025-01-25", "BOTH"});
            } else {
                rows.add(new String[] {id, i == 5 ? "2016-05-06" : "2023-05-06", "NEW"});
            }
        }
        return rows;
    }

    /** The base of vehicle {@code i}: a row of parking places 100 m apart east of the county seat. */
    private static GeoPoint base(int i) {
        return offset(SEAT, 0, 100.0 * i);
    }

    private static GeoPoint offset(GeoPoint p, double north, double east) {
        return GeoPoint.of(p.latitude() + north / LocalMetric.METRES_PER_DEGREE,
                p.longitude() + east / LocalMetric.METRES_PER_DEGREE / Math.cos(Math.toRadians(p.latitude())));
    }

    private static String[] v(String id, String plate, String agency, String category, int i, String energy) {
        GeoPoint b = base(i);
        return new String[] {id, plate, agency, category, num(b.latitude()), num(b.longitude()), energy};
    }

    private static String[] order(String id, String vehicle, String created, String start, String end, String destination,
                                  String purpose, String driver) {
        return new String[] {id, vehicle, time(created), time(start), time(end), "", "", "ONLINE", "COMPLETED", "false",
            destination, purpose, driver};
    }

    private static String[] file(String id, String registered, String insurance, String inspection, String garage,
                                 String checked, String value) {
        return new String[] {id, "冀编车〔2023〕" + id.substring(1) + "号", registered, insurance, inspection, garage,
            "中石化城关站", id.equals("V02") ? "" : "photos/" + id, registered.compareTo("2024-01-01") < 0 ? "2023-05-20"
                : "2025-01-05", checked, value, ""};
    }

    private static String[] cost(String id, String vehicle, String kind, String at, String yuan, String place, String order) {
        return new String[] {id, vehicle, kind, time(at), yuan, place, order, ""};
    }

    /** A trip out and back: leave at {@code start} (Beijing), go {@code north}/{@code east} metres in 15 minutes, stay, return. */
    private record Outing(String start, double north, double east, int stayMinutes) {
    }

    private static void fixes(Path dir) {
        try (CsvWriter w = CsvWriter.create(dir.resolve("fixes.csv"), FixesCsv.HEADER)) {
            for (int i = 0; i < 8; i++) {
                String id = String.format(Locale.ROOT, "V%02d", i + 1);
                List<Outing> outings = switch (i) {
                    case 0 -> List.of(new Outing("2025-02-10T09:00", 12_000, 0, 60));
                    case 2 -> List.of(new Outing("2025-02-11T09:00", 5_000, 0, 30));
                    case 3 -> List.of(new Outing("2025-02-12T14:00", 0, 3_000, 40));
                    case 1, 5, 6 -> List.of(new Outing("2025-01-15T10:00", 8_000, 3_000, 60));
                    case 7 -> List.of(new Outing("2025-02-13T09:00", 10_000, 0, 60));
                    default -> List.of();
                };
                vehicle(w, id, base(i), outings, i == 5);
            }
        }
    }

    private static void vehicle(CsvWriter w, String id, GeoPoint home, List<Outing> outings, boolean silentTenDays) {
        long t = ChinaTime.startOf(FROM).toEpochMilli() + 10 * 60_000L;
        long end = ChinaTime.startOf(AS_OF).toEpochMilli();
        long silentFrom = ChinaTime.startOf(LocalDate.of(2025, 2, 10)).toEpochMilli();
        long silentTo = ChinaTime.startOf(LocalDate.of(2025, 2, 20)).toEpochMilli();
        for (Outing o : outings) {
            long leave = at(o.start()).toEpochMilli();
            for (; t < leave - 10 * 60_000L; t += 2 * HOUR) {
                fix(w, id, t, home, 0);
            }
            t = leave - 10 * 60_000L;
            fix(w, id, t, home, 0);
            t = leave;
            GeoPoint there = offset(home, o.north(), o.east());
            t = drive(w, id, t, home, there);
            for (int m = 0; m < o.stayMinutes(); m += 10) {
                fix(w, id, t, there, 0);
                t += 10 * 60_000L;
            }
            t = drive(w, id, t, there, home);
            fix(w, id, t, home, 0);
            t += 10 * 60_000L;
        }
        for (; t < end; t += 2 * HOUR) {
            if (!silentTenDays || t < silentFrom || t >= silentTo) {
                fix(w, id, t, home, 0);
            }
        }
    }

    /** Fixes every 30 s over 15 minutes from {@code a} to {@code b}; the time after the last. */
    private static long drive(CsvWriter w, String id, long t, GeoPoint a, GeoPoint b) {
        double km = a.distanceTo(b) / 1000;
        for (int s = 1; s <= 30; s++) {
            double f = s / 30.0;
            GeoPoint p = GeoPoint.of(a.latitude() + (b.latitude() - a.latitude()) * f,
                    a.longitude() + (b.longitude() - a.longitude()) * f);
            fix(w, id, t, p, km * 4);
            t += 30_000L;
        }
        return t;
    }

    private static void fix(CsvWriter w, String id, long t, GeoPoint p, double speed) {
        w.row(id, ChinaTime.format(Instant.ofEpochMilli(t)), num(p.latitude()), num(p.longitude()),
                String.format(Locale.ROOT, "%.1f", speed), "0", "", "1", "");
    }

    private static void table(Path dir, String name, List<String> header, List<String[]> rows) {
        try (CsvWriter w = CsvWriter.create(dir.resolve(name), header)) {
            rows.forEach(w::row);
        }
    }

    private static Instant at(String beijing) {
        return LocalDateTime.parse(beijing).atZone(ChinaTime.ZONE).toInstant();
    }

    private static String time(String beijing) {
        return ChinaTime.format(at(beijing));
    }

    private static String num(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }
}
