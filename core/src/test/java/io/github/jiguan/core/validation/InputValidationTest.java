package io.github.jiguan.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.DispatchChannel;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.Fix;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InputValidationTest {

    private static ValidatorFactory english;
    private static ValidatorFactory chinese;

    /** A factory whose messages are in {@code locale}, as a web application would set per request. */
    private static ValidatorFactory factoryFor(Locale locale) {
        Configuration<?> config = Validation.byDefaultProvider().configure();
        MessageInterpolator base = config.getDefaultMessageInterpolator();
        return config.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale l) {
                return base.interpolate(template, context, l);
            }
        }).buildValidatorFactory();
    }

    @BeforeAll
    static void start() {
        english = factoryFor(Locale.ENGLISH);
        chinese = factoryFor(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterAll
    static void stop() {
        english.close();
        chinese.close();
    }

    private static <T> Map<String, String> violations(T input) {
        return violations(english.getValidator(), input);
    }

    private static <T> Map<String, String> violations(Validator validator, T input) {
        Set<ConstraintViolation<T>> set = validator.validate(input);
        Map<String, String> byField = new TreeMap<>();
        for (ConstraintViolation<T> v : set) {
            byField.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " | " + b);
        }
        return byField;
    }

    @Test
    void aGoodVehicleRowHasNoViolationsAndBuildsAVehicle() {
        VehicleInput row = new VehicleInput("V001", "冀H·12345", "A01", "GENERAL", "37.07", "114.50");
        assertEquals(Map.of(), violations(row));
        Vehicle v = row.toVehicle();
        assertEquals("冀H12345", v.plate().value());
        assertEquals(37.07, v.base().orElseThrow().latitude());
    }

    @Test
    void aBadVehicleRowNamesEveryBadFieldInEnglish() {
        Map<String, String> v = violations(new VehicleInput("", "冀H1234", "A01", "TRUCK", "95", ""));
        assertEquals("is required", v.get("vehicleId"));
        assertEquals("must be a licence plate such as 冀H12345 or 粤B·D12345", v.get("plate"));
        assertEquals("must be one of [CONFIDENTIAL_COMMUNICATION, EMERGENCY, LAW_ENFORCEMENT, SPECIAL_TECHNICAL, "
                + "LEADER, GENERAL]", v.get("category"));
        assertEquals("must be a number in [-90, 90]", v.get("baseLat"));
        assertEquals(4, v.size(), v::toString);
    }

    @Test
    void theSameViolationsReadInChinese() {
        Map<String, String> v = violations(chinese.getValidator(), new VehicleInput("", "冀H1234", "A01", "TRUCK", "95", ""));
        assertEquals("不能为空", v.get("vehicleId"));
        assertEquals("必须是有效的机动车号牌，例如 冀H12345 或 粤B·D12345", v.get("plate"));
        assertTrue(v.get("category").startsWith("必须是以下取值之一 [CONFIDENTIAL_COMMUNICATION"), v.get("category"));
        assertEquals("必须是 [-90, 90] 范围内的数字", v.get("baseLat"));
    }

    @Test
    void aBaseWithOneCoordinateIsRejectedWhenBuilding() {
        VehicleInput row = new VehicleInput("V001", "冀H12345", "A01", "GENERAL", "37.07", "");
        InvalidValueException e = assertThrows(InvalidValueException.class, row::toVehicle);
        assertEquals("base_lon", e.field());
    }

    @Test
    void anOrderRowWithBadTimesIsRejected() {
        DispatchOrderInput row = new DispatchOrderInput("O1", "V001", "2025-01-06 09:00", "2025-01-06T09:00:00+08:00",
                "2025-01-06T11:00:00+08:00", "", "", "PAPER", "COMPLETED", "yes", "石家庄", "开会");
        Map<String, String> v = violations(row);
        assertEquals("must be an ISO-8601 time with offset such as 2025-01-06T09:21:00+08:00", v.get("createdAt"));
        assertEquals("must be true, false or empty", v.get("offHoursApproved"));
        assertEquals(2, v.size(), v::toString);
    }

    @Test
    void aGoodOrderRowBuildsTheOrder() {
        DispatchOrderInput row = new DispatchOrderInput("O1", "V001", "2025-01-06T08:00:00+08:00",
                "2025-01-06T09:00:00+08:00", "2025-01-06T11:00:00+08:00", "2025-01-06T09:05:00+08:00", "",
                "paper", "COMPLETED", "", "石家庄", "开会");
        assertEquals(Map.of(), violations(row));
        DispatchOrder o = row.toOrder();
        assertEquals(DispatchChannel.PAPER, o.channel());
        assertEquals(Instant.parse("2025-01-06T01:05:00Z"), o.windowStart());
        assertEquals(Instant.parse("2025-01-06T03:00:00Z"), o.windowEnd());
    }

    @Test
    void aFixRowAllowsOutOfRangeCoordinatesButNotGarbage() {
        FixInput ok = new FixInput("V001", "2025-01-06T09:21:30+08:00", "0", "0", "", "", "", "0", "");
        assertEquals(Map.of(), violations(ok));
        Fix f = ok.toFix();
        assertEquals(Acc.UNKNOWN, f.acc());
        assertEquals(false, f.isPosition());

        FixInput bad = new FixInput("V001", "2025-01-06T09:21:30+08:00", "abc", "117.9", "-3", "90", "2", "", "");
        Map<String, String> v = violations(bad);
        assertEquals("must be a number in [-1000, 1000]", v.get("lat"));
        assertEquals("must be a number in [0, 6553.5]", v.get("speedKmh"));
        assertEquals("must be 1, 0 or empty", v.get("acc"));
        assertEquals("is required", v.get("valid"));
    }

    @Test
    void vinAndTimestampConstraintsAcceptAbsentValues() {
        record Row(@VinNumber String vin, @OffsetTimestamp String at) {
        }
        assertEquals(Map.of(), violations(new Row("", null)));
        assertEquals(Map.of(), violations(new Row("1M8GDM9AXKP042788", "2025-01-06T09:21:00+08:00")));
        assertEquals("must be a 17-character VIN without I, O or Q and with a valid check digit",
                violations(new Row("1M8GDM9A1KP042788", "")).get("vin"));
    }
}
