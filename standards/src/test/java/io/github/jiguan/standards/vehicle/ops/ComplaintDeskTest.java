package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.testkit.county.CountyFleetGenerator;
import io.github.jiguan.testkit.county.CountyRoster;
import io.github.jiguan.testkit.county.Injected;
import io.github.jiguan.testkit.county.SampleFleet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 12345 complaint lookup on the testkit's county fleet, whose violations are known. */
class ComplaintDeskTest {

    private static SampleFleet sample;
    private static OperationsData data;
    private static Map<String, Vehicle> vehicles;
    private static final ComplaintDesk DESK = ComplaintDesk.of(WorkCalendar.chinaOfficial());

    @BeforeAll
    static void generate() {
        FleetFixes fixes = new FleetFixes();
        sample = CountyFleetGenerator.builder().build().generate((id, t, lat, lon, speed, heading, acc, valid, received) ->
                fixes.vehicle(id).add(t, lat, lon, speed, heading, acc, valid, received));
        List<Driver> drivers = CountyRoster.drivers(sample);
        data = OperationsData.of(sample.vehicles()).withOrders(sample.orders()).withDrivers(drivers)
                .withFixes(fixes, sample.period());
        vehicles = sample.vehicles().stream().collect(Collectors.toMap(Vehicle::id, Function.identity()));
    }

    private static ComplaintAnswer ask(Plate plate, Instant time, Optional<GeoPoint> near) {
        return DESK.lookup(new Complaint(plate, time, near, time.plus(Duration.ofHours(2))), data);
    }

    @Test
    void everyInjectedTripWithoutAnOrderIsTracedToItsVehicleUnitAndDriverWithTheVerdictNoOrder() {
        List<Injected> trips = sample.injected().stream().filter(i -> i.type() == FindingType.TRIP_WITHOUT_ORDER).toList();
        assertFalse(trips.isEmpty());
        List<String> wrong = new ArrayList<>();
        for (Injected i : trips) {
            Vehicle v = vehicles.get(i.vehicleId());
            Instant middle = i.start().plus(Duration.between(i.start(), i.end()).dividedBy(2));
            ComplaintAnswer a = ask(v.plate(), middle, Optional.empty());
            boolean ok = a.verdict() == ComplaintAnswer.Verdict.NO_ORDER
                    && a.vehicle().map(Vehicle::id).equals(Optional.of(v.id()))
                    && a.vehicle().map(Vehicle::agencyId).equals(Optional.of(v.agencyId()))
                    && a.driverId().equals(Optional.of(CountyRoster.driverOf(v)))
                    && a.driverSource() == ComplaintAnswer.DriverSource.ASSIGNED
                    && a.order().isEmpty() && a.trip().isPresent() && !a.excerpt().isEmpty()
                    && a.findings().stream().anyMatch(f -> f.type() == FindingType.TRIP_WITHOUT_ORDER);
            if (!ok) {
                wrong.add(i + " -> " + a.verdict() + " " + a.vehicle() + " " + a.driverId() + " " + a.findings().size());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aComplaintDuringInjectedOffHoursUseCarriesTheOffHoursFinding() {
        List<Injected> offHours = sample.injected().stream().filter(i -> i.type() == FindingType.OFF_HOURS_USE).toList();
        assertFalse(offHours.isEmpty());
        List<String> wrong = new ArrayList<>();
        for (Injected i : offHours) {
            Vehicle v = vehicles.get(i.vehicleId());
            ComplaintAnswer a = ask(v.plate(), i.start().plus(Duration.between(i.start(), i.end()).dividedBy(2)),
                    Optional.empty());
            if (a.findings().stream().noneMatch(f -> f.type() == FindingType.OFF_HOURS_USE)) {
                wrong.add(i + " -> " + a.verdict() + " " + a.findings().stream().map(f -> f.type().code()).toList());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aTripOnAnOrderNamesTheOrderAndItsDeadlineIsThreeDaysAfterReceipt() {
        var order = sample.orders().stream().filter(o -> !o.isCancelled() && o.checkoutAt().isPresent()
                && o.checkinAt().isPresent() && Duration.between(o.windowStart(), o.windowEnd()).toHours() >= 2)
                .filter(o -> sample.injected().stream().noneMatch(i -> i.vehicleId().equals(o.vehicleId())))
                .findFirst().orElseThrow();
        Vehicle v = vehicles.get(order.vehicleId());
        Instant time = order.windowStart().plus(Duration.ofMinutes(40));
        ComplaintAnswer a = ask(v.plate(), time, Optional.of(v.base().orElseThrow()));
        assertEquals(ComplaintAnswer.Verdict.ORDER, a.verdict(), () -> ComplaintJson.of(a, Language.EN));
        assertEquals(Optional.of(order.orderId()), a.order().map(o -> o.orderId()));
        assertEquals(time.plus(Duration.ofHours(2)).plus(Duration.ofDays(3)), a.deadline());
        assertTrue(a.nearMetres().isPresent());
        String json = ComplaintJson.of(a, Language.ZH);
        assertTrue(json.contains("\"verdict\": \"ORDER\""), json);
        assertTrue(json.contains("\"order_id\":\"" + order.orderId() + "\""), json);
        String html = ComplaintHtml.of(a);
        assertTrue(html.contains("核查结论：有派车单") && html.contains(order.orderId()), html);
    }

    @Test
    void anUnknownPlateIsSaidSoAndACarStandingStillIsNotMoving() {
        ComplaintAnswer unknown = ask(Plate.of("冀H99999"), sample.period().start(io.github.jiguan.core.ChinaTime.ZONE)
                .plus(Duration.ofHours(12)), Optional.empty());
        assertEquals(ComplaintAnswer.Verdict.UNKNOWN_PLATE, unknown.verdict());
        Vehicle v = sample.vehicles().stream()
                .filter(x -> sample.injected().stream().noneMatch(i -> i.vehicleId().equals(x.id()))).findFirst().orElseThrow();
        Instant night = sample.period().start(io.github.jiguan.core.ChinaTime.ZONE).plus(Duration.ofDays(9).plusHours(3));
        ComplaintAnswer parked = ask(v.plate(), night, Optional.empty());
        assertEquals(ComplaintAnswer.Verdict.NOT_MOVING, parked.verdict());
        assertEquals(Optional.empty(), parked.trip());
        assertEquals(ComplaintAnswer.DriverSource.ASSIGNED, parked.driverSource());
    }
}
