package io.github.jiguan.core.interchange;

import io.github.jiguan.core.csv.CsvEncodingException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.internal.FastParse;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Reads the fixes.csv records that start in a byte range of the file, straight from its bytes:
 * the common row (no quote, ASCII digits, times with an offset, vehicle ids of the register) is
 * split and parsed in place, without a {@code String} per field or a character decoding of the
 * file; any other record is decoded and read by {@link CsvReader#record} and {@link FixesCsv#row},
 * so it means, is accepted and is rejected exactly as for a reader of the whole file. What this
 * buys, measured (docs/ingest.md): 7.5 M rows/s on one thread and 11 to 12 M on two in JMH, where
 * FastCSV with the same parsing and columns reads 2.8 to 3.0 M on one; 86 B allocated a row, nearly
 * all of it the columns themselves.
 *
 * <p>A record that starts before the end of the range is read to its end, past the range if a
 * quoted field runs on; {@link Result#end()} says where it stopped, so that the caller knows
 * whether the next range began inside a record. Not thread-safe: one scanner per range.
 */
final class FixesScanner {

    /** The longest record kept whole, 1 MiB; a longer one (no fixes.csv row is) is rejected unread. */
    static final int MAX_RECORD = 1 << 20;

    private static final int MORE = -1;
    private static final int SLOW = -2;

    private final FileChannel channel;
    private final String name;
    private final List<String> header;
    private final int width;
    private final int[] col;
    private final boolean[] unnamed;
    private final Vehicles vehicles;
    private final FleetFixes fixes;
    private final Set<String> register;
    private final ImportLog log;
    private final LongConsumer progress;
    private final byte[] buf = new byte[MAX_RECORD];
    private final int[] starts;
    private final int[] ends;
    private final RecordEnd recordEnd = new RecordEnd();
    private final java.nio.charset.Charset charset;
    private final CharsetDecoder decoder;
    private long bufStart;
    private int p;
    private int limit;
    private boolean eof;
    private long from;
    private long to;
    private long line;
    private long accepted;

    /**
     * What a range gave.
     *
     * @param end      the file offset just after the last record read
     * @param breaks   the line breaks read, from the range's start to {@code end}
     * @param accepted the rows accepted
     */
    record Result(long end, long breaks, long accepted) {
    }

    FixesScanner(FileChannel channel, java.nio.charset.Charset charset, String name, List<String> header,
                 Set<String> register, FleetFixes fixes, ImportLog log, LongConsumer progress) {
        this.channel = channel;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.name = name;
        this.header = header;
        this.width = header.size();
        this.col = FixesCsv.columns(header);
        this.unnamed = new boolean[width];
        Arrays.fill(unnamed, true);
        for (int c : col) {
            unnamed[c] = false;
        }
        this.register = register;
        this.fixes = fixes;
        this.vehicles = new Vehicles(register, fixes, charset);
        this.log = log;
        this.progress = progress;
        this.starts = new int[width];
        this.ends = new int[width];
    }

    /** Reads the records that start in [start, stop), numbering the first one's line {@code firstLine}. */
    Result scan(long start, long stop, long firstLine) {
        this.from = start;
        this.to = stop;
        this.bufStart = start;
        this.p = 0;
        this.limit = 0;
        this.eof = false;
        this.line = firstLine;
        this.accepted = 0;
        try {
            while (bufStart + p < to) {
                int end = p < limit ? split() : MORE;
                if (end >= 0) {
                    if (fast(end)) {
                        accepted++;
                        line++;
                        p = end + 1;
                        continue;
                    }
                    end = SLOW;
                }
                boolean full = p == 0 && limit == buf.length;
                if (end == MORE && !eof && !full && more()) {
                    continue;
                }
                if (p >= limit && eof) {
                    break;
                }
                if (!slow()) {
                    continue; // the buffer was refilled: look at the record again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new Result(bufStart + p, line - firstLine, accepted);
    }

    /**
     * Splits the record at {@code p} into {@link #starts}/{@link #ends} when it is one plain line of
     * {@link #width} fields: the index of its line feed, {@link #SLOW} for anything else, {@link #MORE}
     * when the buffer ends first.
     */
    private int split() {
        int f = 0;
        starts[0] = p;
        byte[] b = buf;
        for (int i = p; i < limit; i++) {
            byte c = b[i];
            if (c == ',') {
                if (++f == width) {
                    return SLOW;
                }
                ends[f - 1] = i;
                starts[f] = i + 1;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    if (i + 1 == limit) {
                        return eof ? SLOW : MORE;
                    }
                    if (b[i + 1] != '\n') {
                        return SLOW;
                    }
                }
                ends[f] = i;
                return f + 1 == width ? (c == '\r' ? i + 1 : i) : SLOW;
            } else if (c == '"') {
                return SLOW;
            }
        }
        return eof ? SLOW : MORE;
    }

    /** Parses the split record in place and adds it; false, with nothing added, when it needs the general path. */
    private boolean fast(int lineFeed) {
        for (int i = 0; i < width; i++) {
            if (unnamed[i] && ends[i] > starts[i]) {
                return false;
            }
        }
        byte[] b = buf;
        FixColumns.Builder v = vehicles.find(b, starts[col[0]], ends[col[0]]);
        if (v == null) {
            return false;
        }
        long time = FastParse.epochMillis(b, starts[col[1]], ends[col[1]]);
        double lat = FastParse.decimal(b, starts[col[2]], ends[col[2]]);
        double lon = FastParse.decimal(b, starts[col[3]], ends[col[3]]);
        double speed = optionalDecimal(col[4]);
        double heading = optionalDecimal(col[5]);
        int acc = flag(col[6], true);
        int valid = flag(col[7], false);
        int r = col[8];
        boolean noReceipt = ends[r] == starts[r];
        long received = noReceipt ? FixColumns.NO_TIME : FastParse.epochMillis(b, starts[r], ends[r]);
        // NO_TIME and NOT_FAST are the same value: only a written receive time can fail to parse.
        if (time == FastParse.NOT_FAST || (!noReceipt && received == FastParse.NOT_FAST) || Double.isNaN(lat)
                || Double.isNaN(lon)
                || !(speed >= 0 && speed <= FixesCsv.MAX_SPEED_KMH) || acc < -1 || valid < 0) {
            return false;
        }
        int h = (int) Math.round(heading);
        if (!(heading >= 0) || h > FixesCsv.MAX_HEADING) {
            return false;
        }
        v.add(time, lat, lon, speed, h, acc == 1 ? Acc.ON : acc == 0 ? Acc.OFF : Acc.UNKNOWN, valid == 1, received);
        return true;
    }

    /** 0 for an empty cell (speed and heading default to 0), NaN when not a plain decimal. */
    private double optionalDecimal(int i) {
        return ends[i] == starts[i] ? 0 : FastParse.decimal(buf, starts[i], ends[i]);
    }

    /** 1 or 0 for a cell "1" or "0"; -1 for an empty one when {@code emptyAllowed}; -2 for anything else. */
    private int flag(int i, boolean emptyAllowed) {
        int n = ends[i] - starts[i];
        if (n == 0) {
            return emptyAllowed ? -1 : -2;
        }
        byte c = buf[starts[i]];
        return n == 1 && (c == '1' || c == '0') ? c - '0' : -2;
    }

    /**
     * Reads the record at {@code p} with the general reader: finds its end as RFC 4180 says
     * (quotes, line breaks inside them, CR), decodes it and parses it.
     *
     * @return false when more bytes were read instead and the record must be looked at again
     */
    private boolean slow() throws IOException {
        recordEnd.reset();
        int end = recordEnd.feed(buf, p, limit);
        if (end < 0 && !eof) {
            if (p > 0 || limit < buf.length) {
                more();
                return false;
            }
            tooLong();
            return true;
        }
        if (end < 0) {
            end = limit;
            recordEnd.atEnd();
        }
        String text = decode(p, end);
        CsvRow row = CsvReader.record(name, line, header, text);
        if (row != null && FixesCsv.row(row, col, id -> register.contains(id) ? fixes.vehicle(id) : null, log)) {
            accepted++;
        }
        line += recordEnd.breaks;
        p = end;
        return true;
    }

    /** A record longer than the buffer: rejected whole, read to its end without keeping it. */
    private void tooLong() throws IOException {
        String start = new String(buf, 0, Math.min(buf.length, 400), charset);
        long length = limit - p; // the buffer's bytes were fed already
        p = limit;
        while (true) {
            if (!more()) {
                recordEnd.atEnd();
                break;
            }
            int end = recordEnd.feed(buf, p, limit);
            if (end >= 0) {
                length += end - p;
                p = end;
                break;
            }
            length += limit - p;
            p = limit;
        }
        long lines = Math.max(1, recordEnd.breaks);
        log.reject(new Rejection(name, line, "", start, "is a record of " + length + " bytes over " + lines
                + " lines, longer than the " + (MAX_RECORD >> 10) + " KiB any fixes.csv row takes: all " + lines
                + " lines are counted as rejected"), lines);
        line += recordEnd.breaks;
    }

    /** The record's bytes as text, or the encoding error on the line of the bad bytes. */
    private String decode(int start, int end) {
        ByteBuffer in = ByteBuffer.wrap(buf, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start);
        decoder.reset();
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            long breaks = 0;
            for (int i = start; i < bad; i++) {
                breaks += buf[i] == '\n' ? 1 : 0;
            }
            throw CsvEncodingException.at(name, line + breaks, charset,
                    Arrays.copyOfRange(buf, bad, Math.min(end, bad + 48)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Keeps the bytes from {@code p} on and reads more after them; false at the end of the file. */
    private boolean more() throws IOException {
        if (p > 0) {
            System.arraycopy(buf, p, buf, 0, limit - p);
            bufStart += p;
            limit -= p;
            p = 0;
        }
        if (limit == buf.length) {
            return true; // full: the caller deals with a record longer than the buffer
        }
        long at = bufStart + limit;
        int n = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit), at);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        long inRange = Math.min(to, at + n) - Math.max(from, at);
        if (inRange > 0) {
            progress.accept(inRange);
        }
        return true;
    }

    /**
     * Finds where a record ends, as {@link CsvReader} reads it, over bytes given in pieces: a quote
     * at the start of a field opens it, {@code ""} inside is a quote, and LF, CRLF or a lone CR
     * outside quotes ends the record. Counts the line breaks as the reader counts lines.
     */
    private static final class RecordEnd {
        private boolean inQuote;
        private boolean quoteSeen;
        private boolean fieldStart;
        private boolean cr;
        long breaks;

        void reset() {
            inQuote = false;
            quoteSeen = false;
            fieldStart = true;
            cr = false;
            breaks = 0;
        }

        /** The index just after the record's end in [from, to), or -1 when it goes on. */
        int feed(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                byte c = b[i];
                if (cr) {
                    cr = false;
                    breaks++;
                    return c == '\n' ? i + 1 : i;
                }
                if (inQuote) {
                    if (!quoteSeen) {
                        if (c == '"') {
                            quoteSeen = true;
                        } else if (c == '\n') {
                            breaks++;
                        }
                        continue;
                    }
                    quoteSeen = false;
                    if (c == '"') {
                        continue; // "" is a quote inside the field
                    }
                    inQuote = false; // the field closed; c is read as after a closing quote
                }
                if (fieldStart && c == '"') {
                    inQuote = true;
                    fieldStart = false;
                    continue;
                }
                fieldStart = c == ',';
                if (c == '\n') {
                    breaks++;
                    return i + 1;
                }
                cr = c == '\r';
            }
            return -1;
        }

        /** The input ended: a pending CR was the record's end. */
        void atEnd() {
            if (cr) {
                cr = false;
                breaks++;
            }
        }
    }

    /**
     * The register's vehicle ids as UTF-8 bytes in an open-addressing table, so a row's id is found
     * without making a {@code String} of it; the id of the row before is tried first, since exports
     * list a vehicle's fixes together.
     */
    private static final class Vehicles {
        private final byte[][] keys;
        private final String[] ids;
        private final FixColumns.Builder[] builders;
        private final FleetFixes fixes;
        private final int mask;
        private int last = -1;

        Vehicles(Set<String> register, FleetFixes fixes, java.nio.charset.Charset charset) {
            int size = Integer.highestOneBit(Math.max(4, register.size() * 4));
            this.keys = new byte[size][];
            this.ids = new String[size];
            this.builders = new FixColumns.Builder[size];
            this.mask = size - 1;
            this.fixes = fixes;
            for (String id : register) {
                byte[] k = id.getBytes(charset);
                int h = hash(k, 0, k.length) & mask;
                while (keys[h] != null) {
                    h = (h + 1) & mask;
                }
                keys[h] = k;
                ids[h] = id;
            }
        }

        FixColumns.Builder find(byte[] b, int from, int to) {
            if (last >= 0 && Arrays.equals(keys[last], 0, keys[last].length, b, from, to)) {
                return builders[last];
            }
            for (int h = hash(b, from, to) & mask; keys[h] != null; h = (h + 1) & mask) {
                if (Arrays.equals(keys[h], 0, keys[h].length, b, from, to)) {
                    if (builders[h] == null) {
                        builders[h] = fixes.vehicle(ids[h]);
                    }
                    last = h;
                    return builders[h];
                }
            }
            return null;
        }

        private static int hash(byte[] b, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
            return h ^ (h >>> 16);
        }
    }
}
