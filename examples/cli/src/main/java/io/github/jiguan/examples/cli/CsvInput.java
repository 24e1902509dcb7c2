package io.github.jiguan.examples.cli;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.Rejection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one input CSV of the audit commands row by row: a bad row is rejected with file, line,
 * column and reason and the run goes on, unless strict mode stops at the first one (DESIGN §6).
 */
final class CsvInput {

    private final boolean strict;
    private final List<Rejection> rejections = new ArrayList<>();

    CsvInput(boolean strict) {
        this.strict = strict;
    }

    /** A row with the header's columns known, so that optional columns may be absent. */
    record Row(CsvRow csv, Set<String> header) {

        /** Whether the header has the column. */
        boolean has(String column) {
            return header.contains(column);
        }

        /** The text of a column, stripped; empty when the header lacks it. */
        String text(String column) {
            return has(column) ? csv.get(column).strip() : "";
        }

        /** A required column parsed by {@code parser}; a bad value rejects the row naming the column. */
        <T> T field(String column, Function<String, T> parser) {
            String text = text(column);
            if (text.isEmpty()) {
                throw new Rejected(csv.reject(column, "is required"));
            }
            return parse(column, text, parser);
        }

        /** An optional column parsed by {@code parser}, or null when absent or empty. */
        <T> T optional(String column, Function<String, T> parser) {
            String text = text(column);
            return text.isEmpty() ? null : parse(column, text, parser);
        }

        /** Rejects the row at {@code column} with {@code reason}. */
        Rejected reject(String column, String reason) {
            return new Rejected(csv.reject(column, reason));
        }

        private <T> T parse(String column, String text, Function<String, T> parser) {
            try {
                return parser.apply(text);
            } catch (InvalidValueException e) {
                throw new Rejected(new Rejection(csv.source(), csv.line(), column, text, e.reason()));
            }
        }
    }

    /** A row refused, with where and why. */
    static final class Rejected extends RuntimeException {
        private final transient Rejection rejection;

        Rejected(Rejection rejection) {
            super(rejection.toString(), null, false, false);
            this.rejection = rejection;
        }

        Rejection rejection() {
            return rejection;
        }
    }

    /**
     * Reads every row of {@code file} with {@code parse}; rows it rejects are collected.
     *
     * @throws CsvFormatException when a required column is missing, or in strict mode at the first bad row
     */
    <T> List<T> read(Path file, List<String> required, Function<Row, T> parse) {
        List<T> items = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(file)) {
            csv.requireColumns(required);
            Set<String> header = new HashSet<>();
            csv.header().forEach(h -> header.add(h.strip()));
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                try {
                    items.add(parse.apply(new Row(row, header)));
                } catch (Rejected e) {
                    reject(e.rejection());
                } catch (InvalidValueException e) {
                    reject(row.reject(e));
                }
            }
        }
        return items;
    }

    /** Records a rejection found after parsing (a reference to an unknown id, a conflict). */
    void reject(Rejection r) {
        if (strict) {
            throw new CsvFormatException(r);
        }
        rejections.add(r);
    }

    /** The rejections so far, in the order found. */
    List<Rejection> rejections() {
        return List.copyOf(rejections);
    }
}
