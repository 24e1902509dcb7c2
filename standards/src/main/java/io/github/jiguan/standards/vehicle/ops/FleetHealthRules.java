package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.CleanTrack;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.standards.vehicle.ReplacementRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 处置 and 终端运维: disposal candidates, terminals offline too long, terminals not checked in time. */
final class FleetHealthRules {

    private FleetHealthRules() {
    }

    static List<Finding> disposal(OpsContext c, ReplacementRule replacement) {
        List<Finding> findings = new ArrayList<>();
        for (Vehicle v : c.inService()) {
            Optional<VehicleFile> file = c.file(v.id());
            List<OpsEvidence.DisposalReason> reasons = new ArrayList<>();
            int[] idle = longestIdle(c, v);
            Optional<LocalDate> idleFrom = idle[0] > 0 ? Optional.of(LocalDate.ofEpochDay(idle[1])) : Optional.empty();
            if (idle[0] >= c.standard.idleDays() && 2 * idle[2] >= idle[0]) {
                reasons.add(OpsEvidence.DisposalReason.IDLE);
            }
            Optional<LocalDate> registered = file.flatMap(VehicleFile::registered).or(v::purchaseDate);
            Optional<LocalDate> eligible = registered.map(replacement::eligibleFrom);
            if (eligible.map(e -> !e.isAfter(c.asOf)).orElse(false)) {
                reasons.add(OpsEvidence.DisposalReason.AGE);
            }
            BigDecimal repairs = c.costs(v.id()).stream().filter(k -> k.kind() == CostKind.REPAIR)
                    .filter(k -> within12Months(c.asOf, k)).map(CostRecord::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
            Optional<BigDecimal> value = file.flatMap(VehicleFile::valueYuan).or(v::priceYuan);
            if (value.map(x -> repairs.compareTo(x.multiply(c.standard.repairShare())) > 0).orElse(false)) {
                reasons.add(OpsEvidence.DisposalReason.REPAIRS);
            }
            if (!reasons.isEmpty()) {
                findings.add(OpsContext.about(OpsFindingType.DISPOSAL_CANDIDATE, v, Coverage.on(c.asOf),
                        c.standard.cite("disposal.idle_days", "闲置 " + c.standard.idleDays() + " 天以上、达到更新年限（"
                                + replacement.minYears() + " 年）或年维修费超过车辆价值 "
                                + OpsProse.percent(c.standard.repairShare()) + " 的列入处置"),
                        new OpsEvidence.DisposalCandidate(reasons, idle[0], idleFrom, c.standard.idleDays(), registered,
                                eligible, repairs, value, c.standard.repairShare())));
            }
        }
        return findings;
    }

    private static boolean within12Months(LocalDate asOf, CostRecord k) {
        LocalDate d = ChinaTime.dateOf(k.time());
        return !d.isAfter(asOf) && d.isAfter(asOf.minusYears(1));
    }

    /** The longest run of in-service days without a trip: {length, first epoch day, days online in it}. */
    private static int[] longestIdle(OpsContext c, Vehicle v) {
        if (c.period().isEmpty()) {
            return new int[] {0, 0, 0};
        }
        AuditPeriod period = c.period().get();
        Set<LocalDate> moving = new HashSet<>();
        for (Trip t : c.tracks.get(v.id()).trips()) {
            for (LocalDate d = ChinaTime.dateOf(t.start()); !d.isAfter(ChinaTime.dateOf(t.end())); d = d.plusDays(1)) {
                moving.add(d);
            }
        }
        Set<LocalDate> online = onlineDays(c.tracks.get(v.id()).track());
        int[] best = {0, 0, 0};
        int run = 0;
        int on = 0;
        for (LocalDate d = period.from(); d.isBefore(period.to()) && !d.isAfter(c.asOf); d = d.plusDays(1)) {
            if (moving.contains(d) || !v.isInServiceOn(d)) {
                run = 0;
                on = 0;
                continue;
            }
            run++;
            on += online.contains(d) ? 1 : 0;
            if (run > best[0]) {
                best = new int[] {run, (int) d.minusDays(run - 1L).toEpochDay(), on};
            }
        }
        return best;
    }

    static Set<LocalDate> onlineDays(CleanTrack t) {
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < t.fixCount(); i++) {
            days.add(ChinaTime.dateOf(Instant.ofEpochMilli(t.fixTime(i))));
        }
        return days;
    }

    /** Terminal offline days per vehicle, most first, and the maintenance findings. */
    static List<Finding> terminals(OpsContext c, List<OperationsReport.TerminalRank> ranks) {
        List<Finding> findings = new ArrayList<>();
        if (c.period().isPresent()) {
            AuditPeriod period = c.period().get();
            for (Vehicle v : c.inService()) {
                CleanTrack t = c.tracks.get(v.id()).track();
                Set<LocalDate> online = onlineDays(t);
                int days = 0;
                int offline = 0;
                for (LocalDate d = period.from(); d.isBefore(period.to()) && !d.isAfter(c.asOf); d = d.plusDays(1)) {
                    if (v.isInServiceOn(d)) {
                        days++;
                        offline += online.contains(d) ? 0 : 1;
                    }
                }
                Optional<Instant> last = t.fixCount() == 0 ? Optional.empty()
                        : Optional.of(Instant.ofEpochMilli(t.fixTime(t.fixCount() - 1)));
                ranks.add(new OperationsReport.TerminalRank(v.id(), v.plate().display(), v.agencyId(), offline, days, last));
                if (offline > c.standard.offlineDays()) {
                    findings.add(OpsContext.about(OpsFindingType.TERMINAL_MAINTENANCE, v, Coverage.days(period.from(),
                                    period.to().minusDays(1).isAfter(c.asOf) ? c.asOf : period.to().minusDays(1)),
                            c.standard.cite("terminal.offline_days", "终端离线不超过 " + c.standard.offlineDays() + " 天"),
                            new OpsEvidence.TerminalOffline(offline, days, c.standard.offlineDays(), last)));
                }
            }
            ranks.sort(OperationsReport.TerminalRank.ORDER);
        }
        for (Vehicle v : c.inService()) {
            c.file(v.id()).ifPresent(f -> {
                Optional<LocalDate> lastCheck = f.terminalChecked().or(f::terminalInstalled);
                if (lastCheck.isEmpty()) {
                    return;
                }
                LocalDate due = lastCheck.get().plusMonths(c.standard.checkMonths());
                if (due.isBefore(c.asOf)) {
                    findings.add(OpsContext.about(OpsFindingType.TERMINAL_CHECK_OVERDUE, v, Coverage.days(due, c.asOf),
                            c.standard.cite("terminal.check_months", "终端每 " + c.standard.checkMonths() + " 个月巡检一次"),
                            new OpsEvidence.TerminalCheck(lastCheck, Optional.of(due), c.standard.checkMonths())));
                }
            });
        }
        return findings;
    }
}
