package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.DriverEmployment;
import io.github.jiguan.core.fleet.RentalContract;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** 司勤人员 and 公车租赁: how drivers are employed, their licences on the orders they drive, and rentals. */
final class PeopleRules {

    private PeopleRules() {
    }

    static List<Finding> drivers(OpsContext c) {
        List<Finding> findings = new ArrayList<>();
        if (c.standard.labourDispatchRequired()) {
            for (Driver d : c.data.drivers()) {
                if (d.employment() == DriverEmployment.SECONDED) {
                    findings.add(new Finding(OpsFindingType.DRIVER_SECONDED,
                            Subjects.none().withPerson(d.id(), d.name()).withAgency(d.agencyId()), Coverage.on(c.asOf),
                            c.standard.cite("drivers.labour_dispatch", "驾驶员通过劳务派遣方式使用"),
                            new OpsEvidence.DriverEmploymentEvidence(d.id(), d.employment())));
                }
            }
        }
        for (DispatchOrder o : c.data.orders()) {
            if (o.isCancelled() || o.driverId().isEmpty() || ChinaTime.dateOf(o.windowStart()).isAfter(c.asOf)) {
                continue;
            }
            String id = o.driverId().get();
            Driver d = c.drivers.get(id);
            Coverage window = Coverage.between(o.windowStart(), o.windowEnd());
            if (d == null) {
                findings.add(c.about(OpsFindingType.DRIVER_NOT_IN_ROSTER, o.vehicleId(), Subjects.none().withOrder(o.orderId()),
                        window, c.standard.cite("licence.enforced", "派车单所列驾驶员应在驾驶员名册中"),
                        new OpsEvidence.UnknownDriver(id)));
                continue;
            }
            LocalDate departure = ChinaTime.dateOf(o.windowStart());
            if (c.standard.licenceEnforced() && d.isLicenceExpiredOn(departure)) {
                LocalDate expiry = d.licenceExpiry().orElseThrow();
                findings.add(c.about(OpsFindingType.LICENCE_EXPIRED_TRIP, o.vehicleId(),
                        Subjects.none().withOrder(o.orderId()).withPerson(d.id(), d.name()), window,
                        c.standard.cite("licence.enforced", "驾驶证在有效期内方可驾驶公务用车"),
                        new OpsEvidence.LicenceExpired(d.id(), d.licenceClass(), expiry, o.windowStart(),
                                ChronoUnit.DAYS.between(expiry, departure))));
            }
        }
        return findings;
    }

    static List<Finding> rentals(OpsContext c) {
        List<Finding> findings = new ArrayList<>();
        for (RentalContract r : c.data.rentals()) {
            if (r.first().isAfter(c.asOf)) {
                continue;
            }
            OpsEvidence.Rental e = new OpsEvidence.Rental(r.contractId(), r.lessor(), r.first(), r.last(), r.amountYuan(),
                    r.ceilingYuan(), r.approval());
            Subjects unit = Subjects.none().withAgency(r.agencyId());
            Coverage days = Coverage.days(r.first(), r.last());
            if (c.standard.rentalApprovalRequired() && r.approval().isEmpty()) {
                findings.add(c.about(OpsFindingType.RENTAL_UNAPPROVED, r.vehicleId(), unit, days,
                        c.standard.cite("rental.approval_required", "租赁公务用车须经审批"), e));
            }
            if (r.ceilingYuan().isPresent() && r.amountYuan().compareTo(r.ceilingYuan().get()) > 0) {
                findings.add(c.about(OpsFindingType.RENTAL_OVER_CEILING, r.vehicleId(), unit, days,
                        c.standard.cite("rental.approval_required", "租赁费用不超过核定标准 "
                                + r.ceilingYuan().get().toPlainString() + " 元"), e));
            }
            if (!c.register.containsKey(r.vehicleId())) {
                findings.add(c.about(OpsFindingType.RENTAL_NOT_IN_REGISTER, r.vehicleId(), unit, days,
                        c.standard.cite("rental.approval_required", "租赁车辆纳入平台统一管理，行程凭派车单"), e));
            }
        }
        return findings;
    }
}
