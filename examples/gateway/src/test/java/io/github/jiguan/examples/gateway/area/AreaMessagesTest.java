package io.github.jiguan.examples.gateway.area;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.geo.GeoFence;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.CircleArea;
import io.github.jiguan.telematics.jt808.message.PolygonArea;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RectangleArea;
import io.github.jiguan.telematics.jt808.message.SetCircleArea;
import io.github.jiguan.telematics.jt808.message.SetPolygonArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Library areas to 0x8600/0x8604 and back, through the codec's bytes. */
class AreaMessagesTest {

    private static final GeoPoint SEAT = GeoPoint.of(38.042800, 114.514900);

    private static <T> T throughTheWire(io.github.jiguan.telematics.jt808.message.PlatformMessage body, Class<T> type) {
        byte[] wire = Jt808Encoder.standard().encode(Jt808Header.of(body.messageId(), ProtocolVersion.V2019,
                "13800138000", 7), body);
        return type.cast(Jt808Decoder.strict().decode(wire).body());
    }

    @Test
    void aCircleGoesToTheTerminalAndComesBackTheSame() {
        Map<Long, AreaMessages.Named<GeoFence.Circle>> circles = new LinkedHashMap<>();
        circles.put(1L, new AreaMessages.Named<>(GeoFence.circle(SEAT, 3000), "执法区域"));
        circles.put(2L, new AreaMessages.Named<>(GeoFence.circle(GeoPoint.of(38.05, 114.52), 50), "停放点"));
        SetCircleArea sent = throughTheWire(AreaMessages.setCircles(AreaMessages.UPDATE, circles), SetCircleArea.class);
        assertEquals(List.of(GeoFence.circle(SEAT, 3000), GeoFence.circle(GeoPoint.of(38.05, 114.52), 50)),
                sent.areas().stream().map(AreaMessages::fromWire).toList());
        assertEquals("执法区域", sent.areas().get(0).name());
    }

    @Test
    void aPolygonGoesToTheTerminalAndComesBackTheSame() {
        GeoFence.Polygon p = GeoFence.polygon(List.of(SEAT, GeoPoint.of(38.05, 114.5149), GeoPoint.of(38.05, 114.53)));
        SetPolygonArea sent = throughTheWire(AreaMessages.setPolygon(9, p, "城区"), SetPolygonArea.class);
        assertEquals(p, AreaMessages.fromWire(sent.area()));
        assertEquals(9, sent.area().id());
    }

    @Test
    void wireAreasBecomeLibraryAreasAndGoBackAsTheyCame() {
        CircleArea c = new CircleArea(5, 0, 38.0428, 114.5149, 800, null, null, 0, 0, 0, "");
        assertEquals(c, AreaMessages.toWire(5, AreaMessages.fromWire(c), ""));
        PolygonArea p = new PolygonArea(6, 0, null, null, 0, 0, 0, List.of(new PolygonArea.Vertex(38.04, 114.51),
                new PolygonArea.Vertex(38.05, 114.51), new PolygonArea.Vertex(38.05, 114.52)), "");
        assertEquals(p, AreaMessages.toWire(6, AreaMessages.fromWire(p), ""));
        RectangleArea r = new RectangleArea(7, 0, 38.05, 114.51, 38.04, 114.52, null, null, 0, 0, 0, "");
        GeoFence.Polygon box = AreaMessages.fromWire(r);
        assertEquals(4, box.vertices().size());
        assertEquals(true, box.contains(GeoPoint.of(38.045, 114.515)));
    }

    @Test
    void whatTheWireCannotCarryOrTheLibraryCannotHoldIsRefusedNamingTheField() {
        assertEquals("area point", assertThrows(InvalidValueException.class,
                () -> AreaMessages.toWire(1, GeoFence.circle(GeoPoint.of(-33.9, 18.4), 100), "")).field());
        assertEquals("radius (m)", assertThrows(InvalidValueException.class,
                () -> AreaMessages.fromWire(new CircleArea(1, 0, 38, 114, 0, null, null, 0, 0, 0, ""))).field());
        assertEquals("area point", assertThrows(InvalidValueException.class,
                () -> AreaMessages.fromWire(new CircleArea(1, 0, 95, 114, 10, null, null, 0, 0, 0, ""))).field());
    }
}
