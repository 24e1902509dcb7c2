package io.github.jiguan.standards.source;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.office.Area;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A national standard merged with the overrides of a province: for each key, the override's row
 * when it has one, else the national row. Each value remembers the document it came from, so a
 * verdict built from it cites the province's rules where they apply and the national standard
 * elsewhere. Each override applied is logged through SLF4J at INFO, naming its file and keys.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardData {

    private static final Logger LOG = LoggerFactory.getLogger(StandardData.class);

    /** The value of a cell that the table leaves empty (marked · in the standard). */
    public static final String NOT_IN_TABLE = "·";

    private final StandardFile national;
    private final List<StandardFile> overrides;
    private final Map<String, Value> values;

    private StandardData(StandardFile national, List<StandardFile> overrides, Map<String, Value> values) {
        this.national = national;
        this.overrides = List.copyOf(overrides);
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Merges a national file with overrides, applied in order (a later override wins).
     *
     * @throws StandardFormatException when the national file is itself an override, or an override
     *         overrides another standard
     */
    public static StandardData of(StandardFile national, List<StandardFile> overrides) {
        national.document().overridden().ifPresent(other -> {
            throw new StandardFormatException(national.source(), 0, "document.overrides", other,
                    "must be empty in a national standard file");
        });
        Map<String, Value> values = new LinkedHashMap<>();
        national.entries().values().forEach(e -> values.put(e.key(), new Value(national.document(), e)));
        for (StandardFile o : overrides) {
            String target = o.document().overridden().orElseThrow(() -> new StandardFormatException(o.source(), 0,
                    "document.overrides", null, "is missing: an override names the standard it overrides ("
                    + national.document().id() + ")"));
            if (!target.equals(national.document().id())) {
                throw new StandardFormatException(o.source(), 0, "document.overrides", target,
                        "names another standard than " + national.document().id());
            }
            o.entries().values().forEach(e -> values.put(e.key(), new Value(o.document(), e)));
            LOG.info("{} overrides {} of {}'s figures: {}", o.source(), o.entries().size(), national.document().id(),
                    o.entries().keySet());
        }
        return new StandardData(national, overrides, values);
    }

    /** The id of the national standard. */
    public String id() {
        return national.document().id();
    }

    /** The national document. */
    public StandardDocument national() {
        return national.document();
    }

    /** The national document followed by the overrides, in the order applied. */
    public List<StandardDocument> documents() {
        List<StandardDocument> docs = new ArrayList<>();
        docs.add(national.document());
        overrides.forEach(o -> docs.add(o.document()));
        return docs;
    }

    /**
     * Checks that every key of every file is one {@code known} accepts, so that a misspelt key in
     * an override is not silently ignored.
     *
     * @throws StandardFormatException naming the first unknown key with its file and line
     */
    public StandardData requireKnownKeys(Predicate<String> known, String expected) {
        List<StandardFile> files = new ArrayList<>();
        files.add(national);
        files.addAll(overrides);
        for (StandardFile f : files) {
            for (StandardEntry e : f.entries().values()) {
                if (!known.test(e.key())) {
                    throw new StandardFormatException(f.source(), e.line(), e.key(), e.value(),
                            "is not a key of " + id() + "; expected " + expected);
                }
            }
        }
        return this;
    }

    /**
     * The value of a required key.
     *
     * @throws StandardFormatException naming the national file when no file defines the key
     */
    public Value require(String key) {
        Value v = values.get(key);
        if (v == null) {
            throw new StandardFormatException(national.source(), 0, key, null,
                    "is missing: the standard " + id() + " is incomplete without it");
        }
        return v;
    }

    /** The value of an optional key. */
    public Optional<Value> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A figure or rule with the document it came from; typed accessors reject a bad value with its line. */
    public record Value(StandardDocument document, StandardEntry entry) {

        /** The value as written. */
        public String text() {
            return entry.value();
        }

        /** Whether the value is {@link #NOT_IN_TABLE}. */
        public boolean isNotInTable() {
            return NOT_IN_TABLE.equals(entry.value());
        }

        /** Whether the figure is provisional. */
        public boolean provisional() {
            return entry.provisional();
        }

        /** The citation of this value, with {@code figure} describing what was applied. */
        public Citation cite(String figure) {
            return document.citation(entry.article(), figure, entry.provisional());
        }

        /** An area in m², greater than zero. */
        public Area area() {
            Area a = parse("an area in m² with at most 2 decimals, such as 24", Area::of);
            if (a.squareMetres().signum() == 0) {
                throw error("must be an area greater than zero");
            }
            return a;
        }

        /** A decimal in [min, max]. */
        public BigDecimal decimal(BigDecimal min, BigDecimal max) {
            BigDecimal d = parse("a decimal number", BigDecimal::new);
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw error("must be in [" + min.toPlainString() + ", " + max.toPlainString() + "]");
            }
            return d;
        }

        /** A whole number in [min, max]. */
        public int wholeNumber(int min, int max) {
            int n = parse("a whole number", Integer::parseInt);
            if (n < min || n > max) {
                throw error("must be in [" + min + ", " + max + "]");
            }
            return n;
        }

        /** {@code true} or {@code false}. */
        public boolean flag() {
            return switch (entry.value()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error("must be true or false");
            };
        }

        /** A list separated by ';', each item parsed by {@code parser}; may be empty. */
        public <T> List<T> list(String what, Function<String, T> parser) {
            List<T> items = new ArrayList<>();
            for (String item : entry.value().split(";")) {
                if (!item.isBlank()) {
                    items.add(parse(what, s -> parser.apply(item.strip())));
                }
            }
            return List.copyOf(items);
        }

        /** An exception naming this value's file, line and key. */
        public StandardFormatException error(String reason) {
            return new StandardFormatException(document.source(), entry.line(), entry.key(), entry.value(), reason);
        }

        private <T> T parse(String expected, Function<String, T> parser) {
            try {
                return parser.apply(entry.value());
            } catch (InvalidValueException e) {
                throw error("must be " + expected + " (" + e.reason() + ")");
            } catch (RuntimeException e) {
                throw error("must be " + expected);
            }
        }
    }
}
