package io.github.jiguan.standards.source;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.Cells;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One standard file as read: the document it transcribes and its figures by key. Reading checks
 * the shape of the file (header, document rows, no key twice, provisional flags); what keys a
 * standard needs and what their values mean is checked by the standard that uses the file.
 *
 * <p>Immutable and thread-safe once read.
 */
public final class StandardFile {

    /** The header every standard file has. */
    public static final List<String> HEADER = List.of("key", "value", "article", "provisional", "note");

    /** The prefix of the rows that describe the document. */
    public static final String DOCUMENT_PREFIX = "document.";

    private static final String RESOURCE_DIR = "/io/github/jiguan/standards/data/";
    private static final List<String> DOCUMENT_KEYS = List.of(
            "document.id", "document.title", "document.number", "document.issuer", "document.effective",
            "document.scope", "document.overrides");

    private final String source;
    private final StandardDocument document;
    private final Map<String, StandardEntry> entries;

    private StandardFile(String source, StandardDocument document, Map<String, StandardEntry> entries) {
        this.source = source;
        this.document = document;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Reads a standard file from {@code reader}; messages name it {@code source}.
     *
     * @throws StandardFormatException naming line, key, value and reason when the file is malformed
     */
    public static StandardFile read(Reader reader, String source) {
        Map<String, StandardEntry> document = new HashMap<>();
        Map<String, StandardEntry> entries = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(reader, source)) {
            csv.requireColumns(HEADER);
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                if (row.problem() != null) {
                    throw new StandardFormatException(row.problem()); // a stray quote or a value under no column
                }
                StandardEntry entry = entry(row);
                Map<String, StandardEntry> target = entry.key().startsWith(DOCUMENT_PREFIX) ? document : entries;
                StandardEntry earlier = target.putIfAbsent(entry.key(), entry);
                if (earlier != null) {
                    throw new StandardFormatException(source, entry.line(), entry.key(), entry.value(),
                            "appears twice, first on line " + earlier.line());
                }
            }
        } catch (CsvFormatException e) {
            throw new StandardFormatException(e.rejection());
        } catch (UncheckedIOException e) {
            throw new StandardFormatException(source, 0, "", null, "cannot be read: " + e.getMessage());
        }
        return new StandardFile(source, document(source, document), entries);
    }

    /**
     * Reads a standard file from disk, such as a province's override.
     *
     * @throws StandardFormatException when it is malformed or cannot be read
     */
    public static StandardFile load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(utf8(in), file.getFileName().toString());
        } catch (IOException e) {
            throw new StandardFormatException(file.toString(), 0, "", null, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads one of the standard files shipped with Jiguan, such as {@code office-construction-2014.csv}.
     *
     * @throws StandardFormatException when there is no such resource or it is malformed
     */
    public static StandardFile resource(String name) {
        try (InputStream in = StandardFile.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new StandardFormatException(name, 0, "", null,
                        "is not a standard shipped with Jiguan (looked in " + RESOURCE_DIR + ")");
            }
            return read(utf8(in), name);
        } catch (IOException e) {
            throw new StandardFormatException(name, 0, "", null, "cannot be read: " + e.getMessage());
        }
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /** The document the file transcribes. */
    public StandardDocument document() {
        return document;
    }

    /** The figures and rules by key, in file order, without the document rows. */
    public Map<String, StandardEntry> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return source + " " + document;
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static StandardEntry entry(CsvRow row) {
        String key = row.get("key").strip();
        if (key.isEmpty()) {
            throw new StandardFormatException(row.reject("key", "must not be empty"));
        }
        if (key.startsWith(DOCUMENT_PREFIX) && !DOCUMENT_KEYS.contains(key)) {
            throw new StandardFormatException(row.source(), row.line(), key, row.get("value"),
                    "is not a document key; allowed: " + DOCUMENT_KEYS);
        }
        boolean provisional;
        try {
            provisional = Cells.flag("provisional", row.get("provisional"));
        } catch (InvalidValueException e) {
            throw new StandardFormatException(row.source(), row.line(), key, row.get("provisional"),
                    "has a provisional flag that is neither true nor false");
        }
        return new StandardEntry(key, row.get("value").strip(), row.get("article").strip(), provisional,
                row.get("note").strip(), row.line());
    }

    private static StandardDocument document(String source, Map<String, StandardEntry> rows) {
        for (String key : DOCUMENT_KEYS) {
            if (!key.equals("document.overrides") && (!rows.containsKey(key) || rows.get(key).value().isEmpty())) {
                throw new StandardFormatException(source, rows.containsKey(key) ? rows.get(key).line() : 0, key, null,
                        "is missing: every standard file names its document (id, title, number, issuer, effective, scope)");
            }
        }
        StandardEntry effective = rows.get("document.effective");
        LocalDate date;
        try {
            date = Cells.date("document.effective", effective.value());
        } catch (InvalidValueException e) {
            throw new StandardFormatException(source, effective.line(), effective.key(), effective.value(), e.reason());
        }
        StandardEntry overrides = rows.get("document.overrides");
        return new StandardDocument(rows.get("document.id").value(), rows.get("document.title").value(),
                rows.get("document.number").value(), rows.get("document.issuer").value(), date,
                rows.get("document.scope").value(), overrides == null ? null : overrides.value(),
                effective.provisional(), source);
    }
}
