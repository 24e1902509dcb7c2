package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Trip;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The evidence package that answers a {@link Complaint}: the vehicle and its unit, the trip at that
 * time with a trajectory excerpt, the order that covers it or the finding that there was none, the
 * driver, any off-hours or area finding, and the deadline of the reply.
 *
 * @param complaint     the complaint
 * @param verdict       what the records show
 * @param vehicle       the vehicle with that plate, if it is in the register
 * @param trip          the trip at the complaint's time (or within the tolerance of it), if any
 * @param excerpt       the positions of the trip (or around the time when the car stood), in time order
 * @param nearMetres    the distance from the place given to the nearest position of the excerpt, if a place was given
 * @param order         the order the trip belongs to, if any
 * @param driverId      the driver: the one named on the order, else the one assigned to the vehicle
 * @param driver        that driver's roster entry, if found
 * @param driverSource  where the driver came from
 * @param findings      the findings about the trip or that moment: no order, outside its window, off hours, areas
 * @param deadline      when the reply is due
 * @param deadlineRule  the rule of the deadline
 */
public record ComplaintAnswer(Complaint complaint, Verdict verdict, Optional<Vehicle> vehicle, Optional<Trip> trip,
                              List<Position> excerpt, Optional<Double> nearMetres, Optional<DispatchOrder> order,
                              Optional<String> driverId, Optional<Driver> driver, DriverSource driverSource,
                              List<Finding> findings, Instant deadline, Citation deadlineRule) {

    /** Copies the lists. */
    public ComplaintAnswer {
        excerpt = List.copyOf(excerpt);
        findings = List.copyOf(findings);
    }

    /** What the records show about the car at that time. */
    public enum Verdict {
        /** 有派车单: the trip lies within an order's window. */
        ORDER("有派车单", "covered by an order"),
        /** 超出派车时段: the trip belongs to an order but runs outside its window. */
        OUTSIDE_ORDER_WINDOW("超出派车时段", "outside its order's window"),
        /** 无派车单 (有轨迹无订单): a trip no order covers. */
        NO_ORDER("无派车单", "no order"),
        /** 车辆未行驶: the car stood still at that time. */
        NOT_MOVING("车辆未行驶", "not moving"),
        /** 无定位数据: the terminal sent nothing around that time. */
        NO_DATA("无定位数据", "no position data"),
        /** 号牌不在册: no vehicle of the register has that plate. */
        UNKNOWN_PLATE("号牌不在车辆名册中", "plate not in the register");

        private final String chinese;
        private final String english;

        Verdict(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** The Chinese words. */
        public String chinese() {
            return chinese;
        }

        /** The English words. */
        public String english() {
            return english;
        }
    }

    /** Where the driver of the answer came from. */
    public enum DriverSource {
        /** Named on the order. */
        ORDER,
        /** The driver assigned to the vehicle in drivers.csv (no order, or the order names none). */
        ASSIGNED,
        /** Unknown. */
        NONE
    }

    /**
     * One position of the excerpt.
     *
     * @param time      the fix time
     * @param latitude  degrees
     * @param longitude degrees
     */
    public record Position(Instant time, double latitude, double longitude) {
    }
}
