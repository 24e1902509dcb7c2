package io.github.jiguan.examples.gateway.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.examples.gateway.TestDatabases;
import io.github.jiguan.examples.gateway.TestDatabases.Kind;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StorageTest {

    static final Instant T0 = Instant.parse("2025-01-06T01:00:00Z");

    @TempDir
    Path dir;

    static LocationReport report(Instant t, double lat, double lon, boolean acc) {
        return LocationReport.builder().position(lat, lon).speedKmh(42.5).direction(90).altitudeM(80).time(t)
                .status(acc ? Set.of(StatusFlag.ACC_ON, StatusFlag.POSITIONED) : Set.of(StatusFlag.POSITIONED)).build();
    }

    static PositionRow row(String phone, LocationReport r) {
        return PositionRow.of(phone, "V" + phone, r, 0x0200, false, T0.plusSeconds(5).toEpochMilli());
    }

    static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRetransmittedPositionIsStoredOnceAndAnotherReportAtTheSameTimeIsKept(Kind kind) throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            LocationReport a = report(T0, 38.04, 114.51, true);
            LocationReport b = report(T0, 38.0401, 114.51, true);
            Storage s = db.storage();
            s.write(List.of(new StorageWork.Positions(List.of(row("13900000001", a), row("13900000001", a)), Completion.NONE)));
            s.write(List.of(new StorageWork.Positions(List.of(row("13900000001", a), row("13900000001", b)), Completion.NONE)));
            assertEquals(2, count(db, "SELECT COUNT(*) FROM positions"));
            assertEquals(2, db.positions().count(T0, T0.plusSeconds(1)));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void positionsReadBackAsFixesWithSignsAndAccUnknownForTerminalsThatNeverReportIt(Kind kind) throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            List<PositionRow> rows = new ArrayList<>();
            rows.add(row("1", report(T0, -33.5, -70.25, true)));
            rows.add(row("1", report(T0.plusSeconds(30), -33.5, -70.25, false)));
            rows.add(row("2", report(T0, 38.5, 114.5, false)));
            db.storage().write(List.of(new StorageWork.Positions(rows, Completion.NONE)));
            FleetFixes f = db.positions().fleetFixes(T0, T0.plusSeconds(60));
            assertEquals(3, f.size());
            FixColumns one = f.columns("V1");
            assertEquals(2, one.size());
            assertEquals(-33.5, one.latitude(0), 1e-9);
            assertEquals(-70.25, one.longitude(0), 1e-9);
            assertEquals(42.5, one.speedKmh(0), 1e-6);
            assertEquals(T0.toEpochMilli(), Math.min(one.time(0), one.time(1)));
            assertEquals(Set.of(Acc.ON, Acc.OFF), Set.of(one.acc(0), one.acc(1)));
            assertEquals(Acc.UNKNOWN, f.columns("V2").acc(0));
            assertEquals(T0.plusSeconds(5).toEpochMilli(), f.columns("V2").receivedAt(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void terminalsBadFramesAndTheCommandLogAreStored(Kind kind) throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            TerminalRecord t = new TerminalRecord("13900000001", "V1", "冀A10000", 1, "2019", 13, 100, "M1", "model",
                    "T1", "ab", null, null, T0, null);
            db.storage().write(List.of(new StorageWork.Terminal(t, Completion.NONE),
                    new StorageWork.BadFrame(new BadFrameRow(T0.toEpochMilli(), "127.0.0.1:5000 #1", null,
                            "ChecksumMismatch", "check code 0x12, computed 0x13", 40, new byte[] {0x7e, 1, 0x7e})),
                    new StorageWork.Command(new CommandLogRow(7, "13900000001", 0x8300, 3, "text", T0, 1, "SENT",
                            null, null), true)));
            db.storage().write(List.of(new StorageWork.Terminal(t.withAuthentication(T0.plusSeconds(1), "123456789012345",
                            "1.0"), Completion.NONE),
                    new StorageWork.Command(new CommandLogRow(7, "13900000001", 0x8300, 3, "text", T0, 2,
                            "ACKNOWLEDGED", 0, T0.plusSeconds(9)), false)));
            List<TerminalRecord> loaded = db.loadTerminals();
            assertEquals(1, loaded.size());
            assertEquals("123456789012345", loaded.get(0).imei());
            assertEquals(T0.plusSeconds(1), loaded.get(0).authenticatedAt());
            assertEquals("ab", loaded.get(0).authCodeSha256());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM bad_frames WHERE error_kind = 'ChecksumMismatch'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM command_log WHERE outcome = 'ACKNOWLEDGED' AND attempts = 2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theWriterAcknowledgesAfterCommitAndRefusesOnlyTheRowTheDatabaseRefuses(Kind kind) throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            BatchWriter w = new BatchWriter(db.storage(), BatchWriter.Settings.defaults(), new SimpleMeterRegistry()).start();
            int n = 200;
            CountDownLatch done = new CountDownLatch(n + 1);
            List<Long> committedAt = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Exception> refused = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < n; i++) {
                LocationReport r = report(T0.plusSeconds(i), 38, 114, true);
                w.submit(new StorageWork.Positions(List.of(row("13900000001", r)), new Completion() {
                    @Override
                    public void committed() {
                        committedAt.add(System.nanoTime());
                        done.countDown();
                    }

                    @Override
                    public void refused(Exception cause) {
                        refused.add(cause);
                        done.countDown();
                    }
                }));
            }
            String tooLong = "V".repeat(65);
            w.submit(new StorageWork.Positions(List.of(PositionRow.of("13900000002", tooLong, report(T0, 38, 114, true),
                    0x0200, false, T0.toEpochMilli())), new Completion() {
                        @Override
                        public void committed() {
                            done.countDown();
                        }

                        @Override
                        public void refused(Exception cause) {
                            refused.add(cause);
                            done.countDown();
                        }
                    }));
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertEquals(n, committedAt.size());
            assertEquals(1, refused.size());
            assertNotNull(refused.get(0).getMessage());
            assertEquals(n, count(db, "SELECT COUNT(*) FROM positions"));
            w.close(Duration.ofSeconds(5));
            assertEquals(0, w.pending());
        }
    }
}
