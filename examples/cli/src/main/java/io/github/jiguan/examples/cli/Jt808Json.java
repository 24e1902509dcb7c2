package io.github.jiguan.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.Alarm;
import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RawBody;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of decoded JT/T 808 messages for {@code jiguan decode}: one object per frame with
 * msgId, phone, serial, version, verified, typed and body (and error, detail, lengthOk and reassembled
 * when they apply); locations (0x0200 and each item of
 * 0x0704) with latitude, longitude, altitudeM, speedKmh, direction, time, acc, positioned, alarms
 * and items; errors as {"error", "offset", "detail"}. Bodies are written from their record
 * components, so every message type of the codec has a JSON form without code here.
 */
final class Jt808Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Jt808Json() {
    }

    /** One line of JSON for a decoded message. */
    static String message(Jt808Message m) {
        return message(m, false);
    }

    /** One line of JSON for a message reassembled from its fragments ({@code "reassembled": true}). */
    static String reassembled(Jt808Message m) {
        return message(m, true);
    }

    private static String message(Jt808Message m, boolean reassembled) {
        return write(g -> {
            g.writeStartObject();
            if (m.bodyError() != null) {
                g.writeStringField("error", m.bodyError().kind());
                g.writeStringField("detail", detail(m.bodyError()));
            }
            if (reassembled) {
                g.writeBooleanField("reassembled", true);
            }
            g.writeStringField("msgId", MessageId.hex(m.header().messageId()));
            g.writeStringField("phone", m.header().phone());
            g.writeNumberField("serial", m.header().serial());
            g.writeStringField("version", m.version().year());
            g.writeBooleanField("verified", m.checksumOk());
            if (!m.bodyLengthOk()) {
                g.writeBooleanField("lengthOk", false);
            }
            g.writeBooleanField("typed", m.typed());
            if (m.body() instanceof LocationReport r) {
                locationFields(g, r);
            }
            g.writeFieldName("body");
            if (m.body() instanceof RawBody raw) {
                g.writeString(raw.bytes().hex());
            } else {
                value(g, m.body());
            }
            g.writeEndObject();
        });
    }

    /** One line of JSON for an error at {@code offset} of the input. */
    static String error(Jt808Exception e, long offset) {
        return error(e.kind(), offset, detail(e));
    }

    private static String detail(Jt808Exception e) {
        return e.getMessage() + (e.hex().isEmpty() ? "" : " [" + e.hex() + "]");
    }

    /** One line of JSON for an error. */
    static String error(String kind, long offset, String detail) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("error", kind);
            g.writeNumberField("offset", offset);
            g.writeStringField("detail", detail);
            g.writeEndObject();
        });
    }

    private static void locationFields(JsonGenerator g, LocationReport r) throws IOException {
        g.writeNumberField("latitude", r.latitude());
        g.writeNumberField("longitude", r.longitude());
        g.writeNumberField("altitudeM", r.altitudeM());
        g.writeNumberField("speedKmh", r.speedKmh());
        g.writeNumberField("direction", r.direction());
        Optional<String> time = r.time().map(t -> OffsetDateTime.ofInstant(t, BcdTime.BEIJING).toString());
        if (time.isPresent()) {
            g.writeStringField("time", time.get());
        } else {
            g.writeNullField("time");
        }
        g.writeBooleanField("acc", r.isAccOn());
        g.writeBooleanField("positioned", r.isPositioned());
        g.writeArrayFieldStart("alarms");
        for (Alarm a : r.alarms()) {
            g.writeString(a.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("items");
        for (AdditionalItem item : r.items()) {
            item(g, item);
        }
        g.writeEndArray();
    }

    private static void item(JsonGenerator g, AdditionalItem item) throws IOException {
        g.writeStartObject();
        if (item instanceof AdditionalItem.TrailingBytes t) {
            g.writeNullField("id");
            g.writeStringField("type", "TrailingBytes");
            g.writeStringField("hex", t.bytes().hex());
        } else {
            g.writeStringField("id", String.format("0x%02X", item.id()));
            g.writeStringField("type", item.getClass().getSimpleName());
            components(g, item, "id");
        }
        g.writeEndObject();
    }

    /** Any value: records by component, lists, enums, bytes as hex, times as ISO-8601 with +08:00. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof LocationReport r) {
            g.writeStartObject();
            locationFields(g, r);
            g.writeEndObject();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Octets o) {
            g.writeString(o.hex());
        } else if (v instanceof BcdTime t) {
            g.writeString(t.toLocalDateTime().map(l -> l.atOffset(BcdTime.BEIJING).toString()).orElse(t.digits()));
        } else if (v instanceof ProtocolVersion p) {
            g.writeString(p.year());
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object e : list) {
                value(g, e);
            }
            g.writeEndArray();
        } else if (v instanceof Record) {
            g.writeStartObject();
            components(g, v);
            g.writeEndObject();
        } else {
            g.writeString(v.toString());
        }
    }

    private static void components(JsonGenerator g, Object record, String... skip) throws IOException {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (List.of(skip).contains(c.getName())) {
                continue;
            }
            g.writeFieldName(c.getName());
            try {
                value(g, c.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
            }
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
