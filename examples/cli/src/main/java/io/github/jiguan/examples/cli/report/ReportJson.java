package io.github.jiguan.examples.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.EvidenceJson;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.reconcile.AgencySummary;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.VehicleSummary;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.examples.cli.demo.Audit;
import io.github.jiguan.examples.cli.demo.AuditedFinding;
import io.github.jiguan.examples.cli.demo.DemoRun;
import io.github.jiguan.examples.cli.demo.TruthCheck;
import io.github.jiguan.examples.gateway.register.RegisterEntry;
import io.github.jiguan.standards.fuel.DisclosureRow;
import io.github.jiguan.standards.office.OfficeFindingType;
import io.github.jiguan.standards.office.UnitAreaLedger;
import io.github.jiguan.standards.vehicle.VehicleDossier;
import io.github.jiguan.standards.vehicle.VehicleFindingType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The report's data as one JSON object, which the page's script turns into charts and tables: the
 * run's figures, every finding in both languages, the offline rates, the timeline of orders and
 * trips, the trajectories of the vehicle-days with findings, the units' areas, the vehicle audit and
 * the fuel disclosure. Every text is a JSON string, never markup. Times are epoch milliseconds.
 */
final class ReportJson {

    /** Vehicle-days offered on the trajectory chart. */
    private static final int TRACK_DAYS = 8;

    private final DemoRun run;
    private final JsonGenerator g;
    private final Map<String, Vehicle> vehicles = new LinkedHashMap<>();
    private final Map<String, Integer> vehicleIndex = new HashMap<>();

    private ReportJson(DemoRun run, JsonGenerator g) {
        this.run = run;
        this.g = g;
        for (RegisterEntry e : run.plan().vehicles()) {
            vehicleIndex.put(e.vehicle().id(), vehicles.size());
            vehicles.put(e.vehicle().id(), e.vehicle());
        }
    }

    /** The report's data of {@code run}. */
    static String of(DemoRun run) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            new ReportJson(run, g).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void write() throws IOException {
        g.writeStartObject();
        meta();
        types();
        findings();
        truth();
        offline();
        timeline();
        tracks();
        units();
        vehicleAudit();
        fuel();
        g.writeEndObject();
    }

    private void meta() throws IOException {
        g.writeObjectFieldStart("meta");
        g.writeStringField("from", run.plan().period().from().toString());
        g.writeStringField("to", run.plan().period().to().minusDays(1).toString());
        g.writeStringField("asOf", run.config().asOf().toString());
        g.writeNumberField("vehicles", vehicles.size());
        g.writeNumberField("orders", run.plan().orders().stream().filter(o -> !o.isCancelled()).count());
        g.writeNumberField("planned", run.simulation().planned());
        g.writeNumberField("acknowledged", run.verification().acknowledged());
        g.writeNumberField("stored", run.verification().stored());
        g.writeNumberField("missing", run.verification().missing());
        g.writeNumberField("trips", run.reconcile().total().trips());
        g.writeNumberField("tripKm", Math.round(run.reconcile().total().tripKm()));
        g.writeNumberField("offlineRate", run.reconcile().offlineRate());
        g.writeNumberField("persons", run.register().persons().size());
        g.writeNumberField("rooms", run.register().rooms().size());
        g.writeNumberField("units", run.register().agencies().size());
        g.writeNumberField("findings", run.findings().size());
        g.writeNumberField("expected", run.truth().expected());
        g.writeNumberField("matched", run.truth().matched());
        g.writeNumberField("extra", run.truth().extra().size());
        g.writeNumberField("seconds", run.elapsed().toMillis() / 1000.0);
        g.writeEndObject();
        g.writeObjectFieldStart("agencyNames");
        for (Agency a : run.register().agencies().values()) {
            g.writeStringField(a.id(), a.name());
        }
        g.writeEndObject();
    }

    private void types() throws IOException {
        g.writeArrayFieldStart("types");
        for (Finding.Type t : allTypes()) {
            g.writeStartObject();
            g.writeStringField("code", t.code());
            g.writeStringField("zh", t.chineseName());
            g.writeStringField("en", t.englishName());
            g.writeStringField("audit", auditOf(t).name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("audits");
        for (Audit a : Audit.values()) {
            g.writeStartObject();
            g.writeStringField("code", a.name());
            g.writeStringField("zh", a.name(Language.ZH));
            g.writeStringField("en", a.name(Language.EN));
            g.writeStringField("file", a.file());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static List<Finding.Type> allTypes() {
        return Stream.of(FindingType.values(), OfficeFindingType.values(), VehicleFindingType.values())
                .<Finding.Type>flatMap(Stream::of).toList();
    }

    private static Audit auditOf(Finding.Type t) {
        return t instanceof FindingType ? Audit.RECONCILE : t instanceof OfficeFindingType ? Audit.OFFICE
                : Audit.VEHICLES;
    }

    private void findings() throws IOException {
        g.writeArrayFieldStart("findings");
        for (AuditedFinding a : run.findings()) {
            Finding f = a.finding();
            g.writeStartObject();
            g.writeStringField("audit", a.audit().name());
            g.writeStringField("type", f.type().code());
            g.writeStringField("agency", agencyOf(f));
            g.writeStringField("vehicle", f.vehicleId().orElse(""));
            g.writeStringField("plate", f.subjects().plate().orElse(""));
            g.writeStringField("order", f.orderId().orElse(""));
            g.writeStringField("person", f.subjects().personLabel());
            g.writeStringField("rooms", String.join("、", f.subjects().roomIds()));
            g.writeStringField("when", when(f.coverage()));
            g.writeNumberField("start", f.start().toEpochMilli());
            g.writeStringField("zh", f.sentence(Language.ZH));
            g.writeStringField("en", f.sentence(Language.EN));
            g.writeStringField("evidence", EvidenceJson.of(f.evidence()));
            g.writeStringField("rule", f.rule().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private String agencyOf(Finding f) {
        return f.agencyId().or(() -> f.vehicleId().map(vehicles::get).map(Vehicle::agencyId)).orElse("");
    }

    private static String when(Coverage c) {
        if (c instanceof Coverage.Dates d) {
            return d.first().equals(d.last()) ? d.first().toString() : d.first() + " – " + d.last();
        }
        if (isMidnight(c.start()) && isMidnight(c.end()) && c.end().isAfter(c.start())) {
            // whole days, such as a terminal's offline run: the days, not the midnight after the last
            return when(new Coverage.Dates(ChinaTime.dateOf(c.start()), ChinaTime.dateOf(c.end()).minusDays(1)));
        }
        String start = ChinaTime.format(c.start()).substring(0, 16).replace('T', ' ');
        String end = ChinaTime.format(c.end()).substring(0, 16).replace('T', ' ');
        return start + " – " + (end.startsWith(start.substring(0, 10)) ? end.substring(11) : end);
    }

    private static boolean isMidnight(java.time.Instant t) {
        return ChinaTime.startOf(ChinaTime.dateOf(t)).equals(t);
    }

    private void truth() throws IOException {
        Map<String, Finding.Type> byCode = new HashMap<>();
        allTypes().forEach(t -> byCode.put(t.code(), t));
        g.writeArrayFieldStart("truth");
        for (TruthCheck.Row r : run.truth().rows()) {
            g.writeStartObject();
            g.writeStringField("audit", r.audit().name());
            g.writeStringField("type", r.type());
            g.writeNumberField("expected", r.expected());
            g.writeNumberField("found", r.found());
            g.writeNumberField("matched", r.matched());
            g.writeNumberField("missed", r.missed());
            g.writeNumberField("extra", r.extra());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missed");
        for (var e : run.truth().missed()) {
            Finding.Type t = byCode.get(e.type());
            g.writeString((t == null ? e.type() : t.chineseName() + " " + e.type()) + " " + e.subject()
                    + (e.orderId().isEmpty() ? "" : " " + e.orderId()) + " (" + e.what() + ")");
        }
        g.writeEndArray();
        g.writeArrayFieldStart("extraFindings");
        for (AuditedFinding a : run.truth().extra()) {
            g.writeNumber(run.findings().indexOf(a));
        }
        g.writeEndArray();
    }

    private void offline() throws IOException {
        g.writeArrayFieldStart("agencyOffline");
        for (AgencySummary a : run.reconcile().agencies()) {
            g.writeStartObject();
            g.writeStringField("id", a.agencyId());
            g.writeNumberField("vehicleDays", a.vehicleDays());
            g.writeNumberField("offlineDays", a.offlineDays());
            g.writeNumberField("rate", a.offlineRate());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("vehicles");
        for (VehicleSummary v : run.reconcile().vehicles()) {
            g.writeStartObject();
            g.writeStringField("id", v.vehicleId());
            g.writeStringField("plate", vehicles.get(v.vehicleId()).plate().display());
            g.writeStringField("agency", v.agencyId());
            g.writeStringField("categoryZh", vehicles.get(v.vehicleId()).category().chineseName());
            g.writeStringField("category", vehicles.get(v.vehicleId()).category().name());
            g.writeNumberField("vehicleDays", v.vehicleDays());
            g.writeNumberField("offlineDays", v.offlineDays());
            g.writeNumberField("rate", v.offlineRate());
            g.writeNumberField("trips", v.trips());
            g.writeNumberField("km", Math.round(v.tripKm()));
            g.writeNumberField("findings", v.totalFindings());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void timeline() throws IOException {
        g.writeObjectFieldStart("timeline");
        g.writeNumberField("start", run.plan().period().start(ChinaTime.ZONE).toEpochMilli());
        g.writeNumberField("end", run.plan().period().end(ChinaTime.ZONE).toEpochMilli());
        g.writeArrayFieldStart("windows");
        for (DispatchOrder o : run.plan().orders()) {
            Integer v = vehicleIndex.get(o.vehicleId());
            if (!o.isCancelled() && v != null) {
                row(v, o.windowStart().toEpochMilli(), o.windowEnd().toEpochMilli());
                g.writeString(o.orderId());
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("trips");
        for (Map.Entry<String, List<Trip>> e : run.trips().entrySet()) {
            Integer v = vehicleIndex.get(e.getKey());
            for (Trip t : v == null ? List.<Trip>of() : e.getValue()) {
                row(v, t.start().toEpochMilli(), t.end().toEpochMilli());
                g.writeNumber(Math.round(t.distanceMetres() / 100) / 10.0);
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("marks");
        List<AuditedFinding> all = run.findings();
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i).finding();
            Integer v = f.vehicleId().map(vehicleIndex::get).orElse(null);
            if (all.get(i).audit() == Audit.RECONCILE && v != null) {
                row(v, f.start().toEpochMilli(), f.end().toEpochMilli());
                g.writeNumber(i);
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void row(int vehicle, long start, long end) throws IOException {
        g.writeStartArray();
        g.writeNumber(vehicle);
        g.writeNumber(start);
        g.writeNumber(end);
    }

    private void tracks() throws IOException {
        g.writeArrayFieldStart("tracks");
        for (TrackDay day : TrackDay.withFindings(run, TRACK_DAYS)) {
            day.write(g, vehicles.get(day.vehicleId()));
        }
        g.writeEndArray();
    }

    private void units() throws IOException {
        g.writeArrayFieldStart("units");
        for (UnitAreaLedger u : run.office().units()) {
            g.writeStartObject();
            g.writeStringField("id", u.agencyId());
            g.writeNumberField("headcount", u.approved().headcount());
            number("approved", u.approved().officeAndService().squareMetres());
            number("inUse", u.officeAndService().squareMetres());
            number("office", u.office().squareMetres());
            number("service", u.service().squareMetres());
            g.writeBooleanField("over", u.isOverApproved());
            g.writeStringField("explain", u.approved().explain());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void vehicleAudit() throws IOException {
        Map<String, List<String>> byVehicle = new HashMap<>();
        run.findings(Audit.VEHICLES).forEach(f -> f.vehicleId().ifPresent(id ->
                byVehicle.computeIfAbsent(id, k -> new ArrayList<>()).add(f.type().code())));
        g.writeArrayFieldStart("dossiers");
        for (VehicleDossier d : run.dossiers()) {
            Vehicle v = d.vehicle();
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeStringField("plate", v.plate().display());
            g.writeStringField("agency", v.agencyId());
            g.writeStringField("category", v.category().name());
            g.writeStringField("categoryZh", v.category().chineseName());
            g.writeStringField("displacement", v.displacementLitres().map(BigDecimal::toPlainString).orElse(""));
            g.writeStringField("price", v.priceYuan().map(BigDecimal::toPlainString).orElse(""));
            g.writeStringField("energy", v.energy().map(e -> e.chineseName()).orElse(""));
            g.writeStringField("bought", v.purchaseDate().map(LocalDate::toString).orElse(""));
            g.writeStringField("disposed", v.inServiceUntil().map(LocalDate::toString).orElse(""));
            g.writeStringField("odometer", d.odometer().map(BigDecimal::toPlainString).orElse(""));
            g.writeStringField("marking", v.marking().map(m -> m.chineseName()).orElse(""));
            g.writeArrayFieldStart("findings");
            for (String code : byVehicle.getOrDefault(v.id(), List.of())) {
                g.writeString(code);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void fuel() throws IOException {
        g.writeArrayFieldStart("fuel");
        for (DisclosureRow r : run.fuel().rows()) {
            g.writeStartObject();
            g.writeStringField("month", r.month().toString());
            g.writeStringField("vehicle", r.vehicleId());
            g.writeStringField("plate", r.plate());
            g.writeStringField("agency", r.agencyId());
            g.writeStringField("categoryZh", r.category().chineseName());
            g.writeNumberField("refuels", r.refuels());
            number("litres", r.litres());
            number("yuan", r.amountYuan());
            g.writeStringField("km", r.distance().map(BigDecimal::toPlainString).orElse(""));
            g.writeStringField("rate", r.rate().map(BigDecimal::toPlainString).orElse(""));
            g.writeStringField("anomaly", r.anomaly());
            g.writeStringField("note", r.note());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void number(String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value);
    }
}
