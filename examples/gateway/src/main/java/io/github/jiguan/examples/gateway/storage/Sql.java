package io.github.jiguan.examples.gateway.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Column lists and the small conversions every statement of the package shares. */
final class Sql {

    static final String POSITION_COLUMNS = "terminal_phone, fix_time, report_hash, vehicle_id, latitude, longitude,"
            + " altitude_m, speed_kmh, direction, alarm_bits, status_bits, acc_on, positioned, additional_items,"
            + " message_id, blind_area, received_at";

    static final String TERMINAL_COLUMNS = "terminal_phone, vehicle_id, plate, plate_color, protocol, province_id,"
            + " city_id, manufacturer_id, terminal_model, terminal_id, auth_code_sha256, imei, software_version,"
            + " registered_at, authenticated_at";

    static final String VEHICLE_COLUMNS = "vehicle_id, plate, agency_id, category, base_lat, base_lon, terminal_phone";

    private Sql() {
    }

    /** {@code ?, ?, ...} n times. */
    static String params(int n) {
        return IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    /** {@code c = EXCLUDED.c} for every column after the first {@code skip}. */
    static String updateAll(String columns, int skip) {
        return Arrays.stream(columns.split(",")).map(String::strip).skip(skip).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
    }

    static OffsetDateTime time(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }

    static Instant getTime(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static void setNullableInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
