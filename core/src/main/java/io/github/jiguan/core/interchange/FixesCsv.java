package io.github.jiguan.core.interchange;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.internal.FastFormat;
import io.github.jiguan.core.internal.FastParse;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * fixes.csv (docs/formats.md): {@code vehicle_id, time, lat, lon, speed_kmh, heading, acc, valid,
 * received_at}, in any row order. This is the bulk path: rows go straight into each vehicle's
 * {@link FixColumns} without a {@link io.github.jiguan.core.track.Fix} per row, and the common
 * shapes of times and numbers are parsed without allocation; anything else takes the general
 * parser, so the accepted forms and the rejection messages are those of {@link Cells}.
 * Stateless; thread-safe.
 */
public final class FixesCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("vehicle_id", "time", "lat", "lon", "speed_kmh", "heading",
            "acc", "valid", "received_at");

    private FixesCsv() {
    }

    /**
     * Reads every row into the columns {@code target} gives for its vehicle id; a row whose vehicle
     * has no columns ({@code target} returns null) is rejected as not in the vehicle register. Bad
     * rows are reported to {@code log} and skipped; the accepted rows are counted there.
     *
     * @throws io.github.jiguan.core.csv.CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static void read(CsvReader in, Function<String, FixColumns.Builder> target, ImportLog log) {
        int[] col = columns(in);
        log.open(in.source());
        long accepted = 0;
        for (CsvRow row = in.next(); row != null; row = in.next()) {
            try {
                String id = row.get(col[0]);
                FixColumns.Builder b = target.apply(id);
                if (b == null) {
                    b = target.apply(id.strip());
                }
                if (b == null) {
                    log.reject(row.reject("vehicle_id", "is not in the vehicle register"));
                    continue;
                }
                add(row, col, b);
                accepted++;
            } catch (InvalidValueException e) {
                log.reject(row.reject(e));
            }
        }
        log.accept(in.source(), accepted);
    }

    /**
     * The columns of {@link #HEADER} in a file's header, for {@link #fix(CsvRow, int[])}.
     *
     * @throws io.github.jiguan.core.csv.CsvFormatException when a column is missing
     */
    public static int[] columns(CsvReader in) {
        in.requireColumns(HEADER);
        List<String> header = in.header().stream().map(String::strip).toList();
        return HEADER.stream().mapToInt(header::indexOf).toArray();
    }

    /**
     * Parses one row, for reading a file as a stream row by row.
     *
     * @param columns what {@link #columns(CsvReader)} returned for the row's file
     * @throws InvalidValueException naming the column, value and reason when the row is bad
     */
    public static Fix fix(CsvRow row, int[] columns) {
        FixColumns.Builder b = FixColumns.builder(row.get(columns[0]).strip());
        add(row, columns, b);
        return b.build().fix(0);
    }

    private static void add(CsvRow row, int[] col, FixColumns.Builder b) {
        long time = time("time", row.get(col[1]));
        double lat = number("lat", row.get(col[2]));
        double lon = number("lon", row.get(col[3]));
        String speedText = row.get(col[4]);
        double speed = Cells.isAbsent(speedText) ? 0 : number("speed_kmh", speedText);
        String headingText = row.get(col[5]);
        int heading = Cells.isAbsent(headingText) ? 0 : (int) Math.round(number("heading", headingText));
        Acc acc = acc(row.get(col[6]));
        boolean valid = valid(row.get(col[7]));
        String receivedText = row.get(col[8]);
        long received = Cells.isAbsent(receivedText) ? FixColumns.NO_TIME : time("received_at", receivedText);
        if (!(speed >= 0 && speed <= 6553.5)) {
            throw new InvalidValueException("speed_kmh", "out of range [0, 6553.5]", speedText);
        }
        if (heading < 0 || heading > 360) {
            throw new InvalidValueException("heading", "out of range [0, 360]", headingText);
        }
        b.add(time, lat, lon, speed, heading, acc, valid, received);
    }

    private static long time(String field, String text) {
        long t = FastParse.epochMillis(text);
        return t != FastParse.NOT_FAST ? t : Cells.instant(field, text).toEpochMilli();
    }

    private static double number(String field, String text) {
        double v = FastParse.decimal(text);
        return Double.isNaN(v) ? Cells.number(field, text) : v;
    }

    private static Acc acc(String text) {
        if (text.length() == 1) {
            char c = text.charAt(0);
            if (c == '1') {
                return Acc.ON;
            }
            if (c == '0') {
                return Acc.OFF;
            }
        }
        return Acc.fromFlag(text);
    }

    private static boolean valid(String text) {
        String v = text.strip();
        if (v.equals("1")) {
            return true;
        }
        if (v.equals("0")) {
            return false;
        }
        throw new InvalidValueException("valid", "must be 1 or 0", text);
    }

    /**
     * Writes fixes.csv rows fast: times at a fixed offset, coordinates with 6 decimals (about
     * 0.1 m), speed with 1. Not thread-safe.
     */
    public static final class Writer implements AutoCloseable {
        private final java.io.Writer out;
        private final int offsetSeconds;
        private final StringBuilder line = new StringBuilder(128);

        /** Writes the header to {@code out}, times with offset {@code offsetSeconds} (28,800 for +08:00). */
        public Writer(java.io.Writer out, int offsetSeconds) {
            this.out = out;
            this.offsetSeconds = offsetSeconds;
            try {
                out.write(String.join(",", HEADER));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes one row; {@code receivedMillis} may be {@link FixColumns#NO_TIME}. */
        public void write(String vehicleId, long timeMillis, double lat, double lon, double speedKmh, int heading,
                          Acc acc, boolean valid, long receivedMillis) {
            StringBuilder b = line;
            b.setLength(0);
            b.append(CsvWriter.quote(vehicleId)).append(',');
            FastFormat.time(b, timeMillis, offsetSeconds);
            b.append(',');
            FastFormat.decimal(b, lat, 6);
            b.append(',');
            FastFormat.decimal(b, lon, 6);
            b.append(',');
            FastFormat.decimal(b, speedKmh, 1);
            b.append(',').append(heading).append(',');
            b.append(acc == Acc.ON ? "1" : acc == Acc.OFF ? "0" : "").append(',');
            b.append(valid ? '1' : '0').append(',');
            if (receivedMillis != FixColumns.NO_TIME) {
                FastFormat.time(b, receivedMillis, offsetSeconds);
            }
            b.append('\n');
            try {
                out.append(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
