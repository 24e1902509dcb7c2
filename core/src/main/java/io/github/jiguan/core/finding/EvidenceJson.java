package io.github.jiguan.core.finding;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.office.Area;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes evidence, and any value inside it, as JSON that a program reads without parsing prose.
 *
 * <p>A record becomes an object whose keys are its component names in snake case
 * ({@code distanceMetres} → {@code distance_metres}), in declaration order. Values by type:
 * <ul>
 *   <li>{@link Instant}: an ISO-8601 string with the Beijing offset, {@code "2025-01-13T12:58:00+08:00"};</li>
 *   <li>{@link Duration}: a number of seconds, under the key with {@code _seconds} appended
 *       ({@code tolerance} → {@code "tolerance_seconds": 1800});</li>
 *   <li>{@link Area}: the exact number of m², under the key with {@code _m2} appended;</li>
 *   <li>{@link BigDecimal}: the exact number as written ({@code 180000.00});</li>
 *   <li>{@code double}: the number rounded to 6 decimals (metres, degrees, shares); NaN and infinities are null;</li>
 *   <li>other numbers and booleans as themselves; enums by their code ({@code name()});</li>
 *   <li>dates, times and months as ISO-8601 strings ({@code "2025-01-13"}, {@code "03:00"}, {@code "2025-06"});</li>
 *   <li>{@link Optional}: its value, or null when empty; collections: arrays;</li>
 *   <li>anything else: its {@code toString()} as a string.</li>
 * </ul>
 * Stateless; thread-safe.
 */
public final class EvidenceJson {

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private EvidenceJson() {
    }

    /** The evidence as a JSON object. */
    public static String of(Evidence evidence) {
        StringBuilder b = new StringBuilder(256);
        value(b, evidence);
        return b.toString();
    }

    /** Appends {@code value} as JSON. */
    public static void value(StringBuilder b, Object value) {
        if (value == null) {
            b.append("null");
        } else if (value instanceof Optional<?> o) {
            value(b, o.orElse(null));
        } else if (value instanceof CharSequence s) {
            string(b, s);
        } else if (value instanceof Instant t) {
            string(b, ChinaTime.format(t));
        } else if (value instanceof Duration d) {
            b.append(seconds(d));
        } else if (value instanceof Area a) {
            b.append(a.squareMetres().toPlainString());
        } else if (value instanceof BigDecimal d) {
            b.append(d.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            number(b, ((Number) value).doubleValue());
        } else if (value instanceof Number || value instanceof Boolean) {
            b.append(value);
        } else if (value instanceof Enum<?> e) {
            string(b, e.name());
        } else if (value instanceof TemporalAccessor) {
            string(b, value.toString());
        } else if (value instanceof Collection<?> c) {
            b.append('[');
            boolean first = true;
            for (Object x : c) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                value(b, x);
            }
            b.append(']');
        } else if (value.getClass().isRecord()) {
            record(b, (Record) value);
        } else {
            string(b, value.toString());
        }
    }

    /** The JSON key of a record component: snake case, with the unit of a duration or an area appended. */
    public static String key(RecordComponent c) {
        String k = snake(c.getName());
        if (c.getType() == Duration.class) {
            return k + "_seconds";
        }
        if (c.getType() == Area.class) {
            return k + "_m2";
        }
        return k;
    }

    /** {@code distanceMetres} → {@code distance_metres}; {@code litresPer100Km} → {@code litres_per_100_km}. */
    public static String snake(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean digitStarts = Character.isDigit(c) && i > 0 && !Character.isDigit(camel.charAt(i - 1));
            if (Character.isUpperCase(c) || digitStarts) {
                if (i > 0) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends a JSON string, escaping quotes, backslashes and control characters. */
    public static void string(StringBuilder b, CharSequence s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static void record(StringBuilder b, Record r) {
        RecordComponent[] components = COMPONENTS.computeIfAbsent(r.getClass(), Class::getRecordComponents);
        b.append('{');
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            string(b, key(components[i]));
            b.append(':');
            value(b, read(r, components[i]));
        }
        b.append('}');
    }

    private static Object read(Record r, RecordComponent c) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }

    private static String seconds(Duration d) {
        if (d.getNano() == 0) {
            return Long.toString(d.getSeconds());
        }
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros()
                .toPlainString();
    }

    private static void number(StringBuilder b, double d) {
        if (!Double.isFinite(d)) {
            b.append("null");
            return;
        }
        b.append(BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
    }
}
