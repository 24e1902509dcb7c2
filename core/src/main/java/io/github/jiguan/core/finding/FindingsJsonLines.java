package io.github.jiguan.core.finding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Findings as JSON Lines, for programs: one object per line with every part of the model,
 *
 * <pre>{@code
 * {"type":"TRIP_WITHOUT_ORDER","type_zh":"有轨迹无订单","type_en":"trip without a dispatch order",
 *  "subjects":{"vehicle_id":"V001","plate":"冀H12345","agency_id":"A01"},
 *  "start":"2025-01-13T12:58:00+08:00","end":"2025-01-13T13:40:00+08:00",
 *  "detail":"冀H12345 于 …","rule":{"document":"…","number":"…","article":"…","figure":"…","provisional":false},
 *  "evidence":{…}}
 * }</pre>
 *
 * (one line in the file). {@code start} and {@code end} are written as in findings.csv; absent
 * subjects are left out. Stateless; thread-safe.
 */
public final class FindingsJsonLines {

    private FindingsJsonLines() {
    }

    /** Writes the findings, in the order given, to a new UTF-8 file. */
    public static void write(Path file, Collection<Finding> findings, Language language) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            write(w, findings, language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes the findings, one line each; the writer is not closed.
     *
     * @throws IOException when the writer fails
     */
    public static void write(Writer out, Collection<Finding> findings, Language language) throws IOException {
        for (Finding f : findings) {
            out.write(line(f, language));
            out.write('\n');
        }
    }

    /** One finding as a JSON object on one line. */
    public static String line(Finding f, Language language) {
        StringBuilder b = new StringBuilder(512).append('{');
        field(b, "type", f.type().code()).append(',');
        field(b, "type_zh", f.type().chineseName()).append(',');
        field(b, "type_en", f.type().englishName()).append(',');
        EvidenceJson.string(b, "subjects");
        b.append(':');
        subjects(b, f.subjects());
        b.append(',');
        field(b, "start", FindingsCsv.start(f.coverage())).append(',');
        field(b, "end", FindingsCsv.end(f.coverage())).append(',');
        field(b, "detail", f.sentence(language)).append(',');
        EvidenceJson.string(b, "rule");
        b.append(':');
        EvidenceJson.value(b, f.rule());
        b.append(',');
        EvidenceJson.string(b, "evidence");
        b.append(':');
        EvidenceJson.value(b, f.evidence());
        return b.append('}').toString();
    }

    private static void subjects(StringBuilder b, Subjects s) {
        b.append('{');
        int start = b.length();
        s.vehicleId().ifPresent(v -> field(comma(b, start), "vehicle_id", v));
        s.plate().ifPresent(v -> field(comma(b, start), "plate", v));
        s.orderId().ifPresent(v -> field(comma(b, start), "order_id", v));
        s.personId().ifPresent(v -> field(comma(b, start), "person_id", v));
        s.personName().ifPresent(v -> field(comma(b, start), "person_name", v));
        if (!s.roomIds().isEmpty()) {
            EvidenceJson.string(comma(b, start), "room_ids");
            b.append(':');
            EvidenceJson.value(b, s.roomIds());
        }
        s.agencyId().ifPresent(v -> field(comma(b, start), "agency_id", v));
        s.buildingId().ifPresent(v -> field(comma(b, start), "building_id", v));
        b.append('}');
    }

    private static StringBuilder comma(StringBuilder b, int start) {
        return b.length() > start ? b.append(',') : b;
    }

    private static StringBuilder field(StringBuilder b, String key, String value) {
        EvidenceJson.string(b, key);
        b.append(':');
        EvidenceJson.string(b, value);
        return b;
    }
}
