package io.github.jiguan.core.finding;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.csv.CsvWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * findings.csv: one row per finding. Columns: {@code type}, then the subject columns of the file's
 * {@link Layout}, then {@code start, end, detail, type_zh, rule, evidence}:
 * <ul>
 *   <li>{@code type}: the code, such as {@code TRIP_WITHOUT_ORDER};</li>
 *   <li>subject columns, such as {@code vehicle_id, order_id}: the ids, empty when absent;
 *       {@code room_id} lists several rooms separated by {@code ;};</li>
 *   <li>{@code start}, {@code end}: the span covered, ISO-8601 date-times with the Beijing offset for
 *       an interval of time ({@code 2025-01-13T12:58:00+08:00}), ISO dates (first and last day,
 *       both included) for a span of dates;</li>
 *   <li>{@code detail}: one sentence an inspector reads, in the chosen language;</li>
 *   <li>{@code type_zh}: the Chinese name, such as 有轨迹无订单;</li>
 *   <li>{@code rule}: the citation, {@code 《document》（number）article：figure};</li>
 *   <li>{@code evidence}: a JSON object of typed values ({@link EvidenceJson}).</li>
 * </ul>
 * The reconciliation's layout keeps the first six columns {@code type, vehicle_id, order_id, start,
 * end, detail}. Stateless; thread-safe.
 */
public final class FindingsCsv {

    /** A subject column. */
    public enum Column {
        /** {@code vehicle_id}. */
        VEHICLE("vehicle_id"),
        /** {@code order_id}. */
        ORDER("order_id"),
        /** {@code person_id}. */
        PERSON("person_id"),
        /** {@code room_id}: several rooms separated by {@code ;}. */
        ROOM("room_id"),
        /** {@code agency_id}. */
        AGENCY("agency_id"),
        /** {@code building_id}. */
        BUILDING("building_id");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        /** The column's name in the header. */
        public String header() {
            return header;
        }

        String value(Subjects s) {
            return switch (this) {
                case VEHICLE -> s.vehicleId().orElse("");
                case ORDER -> s.orderId().orElse("");
                case PERSON -> s.personId().orElse("");
                case ROOM -> String.join(";", s.roomIds());
                case AGENCY -> s.agencyId().orElse("");
                case BUILDING -> s.buildingId().orElse("");
            };
        }
    }

    /**
     * Which subject columns a findings file has, after {@code type}.
     *
     * @param subjects the subject columns, in order
     */
    public record Layout(List<Column> subjects) {

        /** The reconciliation's findings.csv: {@code vehicle_id, order_id}. */
        public static final Layout RECONCILE = new Layout(List.of(Column.VEHICLE, Column.ORDER));
        /** The office-space audits: {@code person_id, room_id, agency_id, building_id}. */
        public static final Layout OFFICE = new Layout(List.of(Column.PERSON, Column.ROOM, Column.AGENCY,
                Column.BUILDING));
        /** The vehicle audits: {@code vehicle_id, agency_id, order_id, person_id}. */
        public static final Layout VEHICLES = new Layout(List.of(Column.VEHICLE, Column.AGENCY, Column.ORDER,
                Column.PERSON));

        /** Copies the columns. */
        public Layout {
            subjects = Checks.listOf("subject columns", subjects);
        }

        /** The header row. */
        public List<String> header() {
            List<String> h = new ArrayList<>();
            h.add("type");
            subjects.forEach(c -> h.add(c.header()));
            h.addAll(List.of("start", "end", "detail", "type_zh", "rule", "evidence"));
            return List.copyOf(h);
        }
    }

    private FindingsCsv() {
    }

    /** Writes the header and one row per finding, in the order given, to a new file. */
    public static void write(Path file, Layout layout, Collection<Finding> findings, Language language) {
        try (CsvWriter w = CsvWriter.create(file, layout.header())) {
            write(w, layout, findings, language);
        }
    }

    /** Writes one row per finding to a writer made with {@link Layout#header()}. */
    public static void write(CsvWriter out, Layout layout, Collection<Finding> findings, Language language) {
        for (Finding f : findings) {
            out.row(row(layout, f, language));
        }
    }

    /** The fields of one finding's row. */
    public static List<String> row(Layout layout, Finding f, Language language) {
        List<String> r = new ArrayList<>(layout.subjects().size() + 7);
        r.add(f.type().code());
        layout.subjects().forEach(c -> r.add(c.value(f.subjects())));
        r.add(start(f.coverage()));
        r.add(end(f.coverage()));
        r.add(f.sentence(language));
        r.add(f.type().chineseName());
        r.add(f.rule().toString());
        r.add(EvidenceJson.of(f.evidence()));
        return r;
    }

    /** The start column: a date-time with offset for an interval, a date for dates. */
    static String start(Coverage c) {
        return c instanceof Coverage.Dates d ? d.first().toString() : ChinaTime.format(c.start());
    }

    /** The end column: a date-time with offset for an interval, the last date (included) for dates. */
    static String end(Coverage c) {
        return c instanceof Coverage.Dates d ? d.last().toString() : ChinaTime.format(c.end());
    }
}
