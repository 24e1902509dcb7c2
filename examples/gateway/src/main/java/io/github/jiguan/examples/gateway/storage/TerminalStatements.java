package io.github.jiguan.examples.gateway.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and binds rows of the terminals table. */
final class TerminalStatements {

    private TerminalStatements() {
    }

    static void bind(PreparedStatement ps, TerminalRecord t) throws SQLException {
        ps.setString(1, t.phone());
        ps.setString(2, t.vehicleId());
        ps.setString(3, t.plate());
        ps.setShort(4, (short) t.plateColor());
        ps.setString(5, t.protocol());
        ps.setInt(6, t.provinceId());
        ps.setInt(7, t.cityId());
        ps.setString(8, t.manufacturerId());
        ps.setString(9, t.terminalModel());
        ps.setString(10, t.terminalId());
        ps.setString(11, t.authCodeSha256());
        ps.setString(12, t.imei());
        ps.setString(13, t.softwareVersion());
        Sql.setTime(ps, 14, t.registeredAt());
        Sql.setTime(ps, 15, t.authenticatedAt());
    }

    static List<TerminalRecord> loadAll(Connection c) throws SQLException {
        List<TerminalRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Sql.TERMINAL_COLUMNS + " FROM terminals");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TerminalRecord(rs.getString("terminal_phone"), rs.getString("vehicle_id"),
                        rs.getString("plate"), rs.getInt("plate_color"), rs.getString("protocol"),
                        rs.getInt("province_id"), rs.getInt("city_id"), rs.getString("manufacturer_id"),
                        rs.getString("terminal_model"), rs.getString("terminal_id"), rs.getString("auth_code_sha256"),
                        rs.getString("imei"), rs.getString("software_version"), Sql.getTime(rs, "registered_at"),
                        Sql.getTime(rs, "authenticated_at")));
            }
        }
        return out;
    }
}
