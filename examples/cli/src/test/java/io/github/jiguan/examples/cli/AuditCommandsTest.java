package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandsTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static List<CsvRow> rows(Path csv) {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvReader r = CsvReader.open(csv)) {
            for (CsvRow row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    static final String PERSONS = """
            person_id,name,agency_id,agency_level,grade,status,status_since,concurrent_agency_id,second_office_approved,agency_rank
            P1,张三,A01,COUNTY,CDP,ACTIVE,2021-03-01,,false,
            P2,李四,A01,COUNTY,TSP,RETIRED,2025-04-15,,false,
            P3,王五,A01,COUNTY,STAFF,ACTIVE,2022-01-01,,,
            P4,赵六,A01,COUNTY,GRADE9,ACTIVE,2022-01-01,,,
            P5,钱七,A02,CITY,PMD,ACTIVE,2022-01-01,,,SUB_PROVINCIAL_CITY
            P6,孙八,A01,CITY,STAFF,ACTIVE,2022-01-01,,,
            """;

    static final String ROOMS = """
            room_id,agency_id,building,use,usable_area_m2,occupants,status,structure
            R101,A01,B1,OFFICE,30.01,P1,IN_USE,MULTI_STOREY
            R102,A01,B1,OFFICE,18,P2,IN_USE,
            R103,A01,B1,OFFICE,9,P3,IN_USE,
            R104,A01,B1,OFFICE,9,,IN_USE,
            R105,A01,B1,SERVICE,60,,LEASED_OUT,
            R106,A01,B1,OFFICE,twelve,P3,IN_USE,
            R201,A02,B2,OFFICE,42,P5,IN_USE,HIGH_RISE
            """;

    @Test
    void officeAuditWritesEveryFindingWithItsRuleAndReportsBadRows() throws Exception {
        Path out = dir.resolve("findings.csv");
        Path units = dir.resolve("units.csv");
        CliRun r = run("office-audit", "--persons", file("persons.csv", PERSONS).toString(), "--rooms",
                file("rooms.csv", ROOMS).toString(), "--as-of", "2025-06-30", "--out", out.toString(), "--units", units.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("rejected persons.csv:5: grade must be one of"), r.err());
        assertTrue(r.err().contains("rejected persons.csv:7: agency_level describes agency A01 differently from line 2"), r.err());
        assertTrue(r.err().contains("rejected rooms.csv:7: usable_area_m2 must be a decimal number: \"twelve\""), r.err());
        assertTrue(r.out().contains("3 rows rejected"), r.out());
        List<CsvRow> findings = rows(out);
        assertEquals(List.of("type", "person_id", "room_id", "agency_id", "building_id", "start", "end", "detail",
                "type_zh", "rule", "evidence"), CsvReader.open(out).header());
        findings.forEach(f -> assertEquals("2025-06-30", f.get("end"), f.toString()));
        findings.forEach(f -> assertTrue(f.get("evidence").startsWith("{"), f.toString()));
        List<String> types = findings.stream().map(f -> f.get("type") + ":" + f.get("person_id") + ":" + f.get("room_id")).toList();
        assertTrue(types.contains("OFFICE_OVER_STANDARD:P1:R101"), types.toString());
        assertTrue(types.contains("NOT_VACATED:P2:R102"), types.toString());
        assertTrue(types.contains("LEASED_OUT::R105"), types.toString());
        assertTrue(types.contains("IDLE_ROOM::R104"), types.toString());
        assertTrue(types.contains("UNIT_OVER_APPROVED_AREA::"), types.toString());
        assertFalse(types.contains("OFFICE_OVER_STANDARD:P5:R201"), "a sub-provincial mayor gets 42 m²");
        findings.forEach(f -> assertTrue(f.get("rule").startsWith("《"), f.get("rule")));
        List<CsvRow> ledger = rows(units);
        assertEquals("0.60", ledger.get(1).get("k"));
        assertEquals("true", ledger.get(0).get("over_approved"));
    }

    @Test
    void officeAuditInStrictModeStopsAtTheFirstBadRow() throws Exception {
        CliRun r = run("office-audit", "--persons", file("persons.csv", PERSONS).toString(), "--rooms",
                file("rooms.csv", ROOMS).toString(), "--as-of", "2025-06-30", "--out", dir.resolve("f.csv").toString(), "--strict");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("persons.csv:5: grade must be one of"), r.err());
        assertFalse(Files.exists(dir.resolve("f.csv")));
    }

    @Test
    void officeAuditAppliesAProvinceOverrideAndRejectsAMalformedOne() throws Exception {
        String header = """
                key,value,article,provisional,note
                document.id,hb-2016,,,
                document.title,河北省党政机关办公用房管理实施办法,,,
                document.number,冀办发〔2016〕1号,,,
                document.issuer,河北省,,,
                document.effective,2016-06-01,,,
                document.scope,河北省,,,
                document.overrides,office-construction-2014,,,
                """;
        Path persons = file("p.csv", "person_id,name,agency_id,agency_level,grade,status,status_since,concurrent_agency_id,second_office_approved\n"
                + "P1,镇长,T1,TOWNSHIP,TSP,ACTIVE,2020-01-01,,\n");
        Path rooms = file("r.csv", "room_id,agency_id,building,use,usable_area_m2,occupants,status\nR1,T1,B1,OFFICE,21,P1,IN_USE\n");
        Path out = dir.resolve("f.csv");
        assertEquals(0, run("office-audit", "--persons", persons.toString(), "--rooms", rooms.toString(),
                "--as-of", "2025-06-30", "--out", out.toString()).status());
        assertTrue(rows(out).stream().noneMatch(f -> f.get("type").equals("OFFICE_OVER_STANDARD")), "21 ≤ 24 nationally");
        Path hebei = file("hebei.csv", header + "office.TOWNSHIP.TSP,20,第八条,,\n");
        assertEquals(0, run("office-audit", "--persons", persons.toString(), "--rooms", rooms.toString(),
                "--as-of", "2025-06-30", "--out", out.toString(), "--standard", hebei.toString()).status());
        CsvRow over = rows(out).stream().filter(f -> f.get("type").equals("OFFICE_OVER_STANDARD")).findFirst().orElseThrow();
        assertTrue(over.get("rule").startsWith("《河北省党政机关办公用房管理实施办法》（冀办发〔2016〕1号）第八条"), over.get("rule"));
        Path bad = file("bad.csv", header + "office.TOWNSHIP.TSP,30,第八条,,\n");
        CliRun r = run("office-audit", "--persons", persons.toString(), "--rooms", rooms.toString(),
                "--as-of", "2025-06-30", "--out", out.toString(), "--standard", bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("bad.csv:9: office.TOWNSHIP.TSP exceeds the township cap of 24 m²"), r.err());
    }

    static final String VEHICLES = """
            vehicle_id,plate,agency_id,category,base_lat,base_lon,displacement_l,price_yuan,energy,purchase_date,odometer_km,marking,configuration,agency_level
            V1,冀H12341,A01,CONFIDENTIAL_COMMUNICATION,38.04,114.51,1.8,150000,PETROL,2016-05-01,210000,MARKED,,CENTRAL
            V2,冀H12342,A01,LAW_ENFORCEMENT,,,1.8,175000,PETROL,2024-03-01,12000,UNMARKED,WHERE_NEEDED,CENTRAL
            V3,冀H·D12343,A01,GENERAL,,,,170000,BATTERY_ELECTRIC,2023-06-01,8000,MARKED,,
            V4,冀H1234,A01,GENERAL,,,1.5,100000,PETROL,2020-01-01,5000,MARKED,,
            V5,冀H12345,A01,GENERAL,,,1.5,100000,PETROL,2024-09-01,5000,MARKED,,CENTRAL
            V6,冀H12346,A02,GENERAL,,,1.5,100000,PETROL,2024-09-01,5000,MARKED,,COUNTY
            V7,冀H12347,A02,GENERAL,,,1.5,100000,PETROL,2024-10-01,5000,MARKED,,PROVINCE
            """;

    @Test
    void vehicleAuditWritesFindingsAndAPrintableDisclosure() throws Exception {
        Path quotas = file("quotas.csv", "agency_id,category,quota\nA01,GENERAL,1\nA01,CONFIDENTIAL_COMMUNICATION,1\nA01,LAW_ENFORCEMENT,x\n");
        Path fuel = file("fuel.csv", """
                vehicle_id,time,litres,amount_yuan,odometer_km
                V1,2025-05-30T09:00:00+08:00,40,300,209000
                V1,2025-06-28T09:00:00+08:00,50,380.50,209500
                V9,2025-06-28T09:00:00+08:00,50,380.50,1
                """);
        Path trips = file("trips.csv", "vehicle_id,month,distance_km\nV1,2025-06,400\n");
        Path out = dir.resolve("findings.csv");
        Path csv = dir.resolve("disclosure.csv");
        Path html = dir.resolve("disclosure.html");
        CliRun r = run("vehicle-audit", "--vehicles", file("vehicles.csv", VEHICLES).toString(), "--quotas", quotas.toString(),
                "--fuel", fuel.toString(), "--trips", trips.toString(), "--as-of", "2025-06-30", "--out", out.toString(),
                "--disclosure-csv", csv.toString(), "--disclosure-html", html.toString(), "--title", "某县<公示>");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("rejected vehicles.csv:5: plate"), r.err());
        assertTrue(r.err().contains("rejected quotas.csv:4: quota must be a whole number: \"x\""), r.err());
        assertTrue(r.err().contains("rejected fuel.csv:4: vehicle_id is not in the vehicle register: \"V9\""), r.err());
        List<String> types = rows(out).stream().map(f -> f.get("type") + ":" + f.get("vehicle_id")).toList();
        assertTrue(types.contains("OVER_CONFIGURATION_STANDARD:V1"), types.toString());
        assertFalse(types.contains("OVER_CONFIGURATION_STANDARD:V2"), types.toString());
        assertTrue(types.contains("REPLACEMENT_ELIGIBLE:V1"), types.toString());
        assertTrue(types.contains("MARKING_MISSING:V2"), types.toString());
        assertTrue(types.contains("OVER_QUOTA:"), types.toString());
        List<String> shortOfNewEnergy = rows(out).stream().filter(f -> f.get("type").equals("NEW_ENERGY_SHARE_BELOW_TARGET"))
                .map(f -> f.get("agency_id")).toList();
        assertEquals(List.of("A01"), shortOfNewEnergy, "the national share binds the central unit A01, not the county unit A02");
        assertTrue(r.err().contains("rejected vehicles.csv:8: agency_level contradicts COUNTY given for agency A02"), r.err());
        List<CsvRow> disclosed = rows(csv);
        CsvRow june = disclosed.get(1);
        assertEquals("2025-06", june.get("month"));
        assertEquals("400", june.get("distance_km"));
        assertEquals("trips", june.get("distance_source"));
        assertEquals("12.50", june.get("litres_per_100km"));
        String page = Files.readString(html);
        assertTrue(page.contains("<title>某县&lt;公示&gt;</title>"), page);
        assertTrue(page.contains("冀H·12341"));
    }

    /**
     * V1 stands at its base, drives about 12 km north in 15 minutes on 2025-06-10, stands again;
     * the fixes of an unknown vehicle and a malformed time are rejected rows.
     */
    private Path trajectory() throws Exception {
        StringBuilder b = new StringBuilder("vehicle_id,time,lat,lon,speed_kmh,heading,acc,valid,received_at\n");
        java.time.OffsetDateTime t = java.time.OffsetDateTime.parse("2025-06-10T08:00:00+08:00");
        double lat = 38.04;
        for (int i = 0; i < 20; i++, t = t.plusSeconds(60)) {
            b.append("V1,").append(t).append(',').append(lat).append(",114.51,0,0,,1,\n");
        }
        for (int i = 0; i < 30; i++, t = t.plusSeconds(30)) {
            lat += 0.0036;   // about 400 m every 30 s
            b.append("V1,").append(t).append(',').append(String.format(java.util.Locale.ROOT, "%.6f", lat))
                    .append(",114.51,48,0,,1,\n");
        }
        for (int i = 0; i < 20; i++, t = t.plusSeconds(60)) {
            b.append("V1,").append(t).append(',').append(String.format(java.util.Locale.ROOT, "%.6f", lat))
                    .append(",114.51,0,0,,1,\n");
        }
        b.append("V9,2025-06-10T08:00:00+08:00,38.04,114.51,0,0,,1,\n");
        b.append("V1,10 June,38.04,114.51,0,0,,1,\n");
        return file("fixes.csv", b.toString());
    }

    @Test
    void vehicleAuditTakesTheMonthlyDistanceFromTripsDetectedInTheFixes() throws Exception {
        Path fuel = file("fuel.csv", """
                vehicle_id,time,litres,amount_yuan,odometer_km
                V1,2025-06-01T09:00:00+08:00,1,8,209000
                V1,2025-06-28T09:00:00+08:00,1.2,9.36,209500
                """);
        Path csv = dir.resolve("disclosure.csv");
        CliRun r = run("vehicle-audit", "--vehicles", file("vehicles.csv", VEHICLES).toString(), "--quotas",
                file("quotas.csv", "agency_id,category,quota\n").toString(), "--fuel", fuel.toString(),
                "--fixes", trajectory().toString(), "--as-of", "2025-06-30", "--out", dir.resolve("f.csv").toString(),
                "--disclosure-csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("rejected fixes.csv:72"), r.err());
        assertTrue(r.err().contains("rejected fixes.csv:73: time"), r.err());
        CsvRow june = rows(csv).stream().filter(row -> row.get("vehicle_id").equals("V1")).findFirst().orElseThrow();
        assertEquals("trips", june.get("distance_source"));
        double km = Double.parseDouble(june.get("distance_km"));
        assertTrue(km > 11.5 && km < 12.5, "one trip of about 12 km, not the odometer's 500: " + km);

        CliRun both = run("vehicle-audit", "--vehicles", file("vehicles.csv", VEHICLES).toString(), "--quotas",
                file("quotas.csv", "agency_id,category,quota\n").toString(), "--fuel", fuel.toString(),
                "--fixes", trajectory().toString(), "--trips", file("trips.csv", "vehicle_id,month,distance_km\n").toString(),
                "--as-of", "2025-06-30", "--out", dir.resolve("f.csv").toString());
        assertEquals(2, both.status());
        assertTrue(both.err().contains("either as --trips or as --fixes"), both.err());
    }

    @Test
    void vehicleAuditNeedsFuelForADisclosure() throws Exception {
        CliRun r = run("vehicle-audit", "--vehicles", file("vehicles.csv", VEHICLES).toString(), "--quotas",
                file("quotas.csv", "agency_id,category,quota\n").toString(), "--as-of", "2025-06-30",
                "--out", dir.resolve("f.csv").toString(), "--disclosure-csv", dir.resolve("d.csv").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("need --fuel"), r.err());
    }

    @Test
    void aMissingColumnStopsTheRunWithItsName() throws Exception {
        CliRun r = run("vehicle-audit", "--vehicles", file("vehicles.csv", "vehicle_id,plate\nV1,冀H12341\n").toString(),
                "--quotas", file("quotas.csv", "agency_id,category,quota\n").toString(), "--as-of", "2025-06-30",
                "--out", dir.resolve("f.csv").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("vehicles.csv:1: agency_id is missing from the header"), r.err());
    }

    @Test
    void helpListsTheAuditCommands() {
        CliRun r = run("--help");
        assertTrue(r.out().contains("office-audit") && r.out().contains("vehicle-audit"), r.out());
    }
}
