package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static io.github.jiguan.standards.vehicle.ops.Ops.of;
import static io.github.jiguan.standards.vehicle.ops.Ops.run;
import static io.github.jiguan.standards.vehicle.ops.Ops.vehicle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annual cost sheets and the year-on-year threshold. */
class OpsCostsTest {

    @Test
    void theCountyOfTheInspectionReportIsFlaggedForItsRiseInCostPerVehicle() {
        // 340,000 yuan for 31 vehicles in 2022, 491,000 yuan for 32 in 2023.
        List<Vehicle> fleet = new ArrayList<>();
        List<CostRecord> costs = new ArrayList<>();
        for (int i = 1; i <= 32; i++) {
            String id = String.format("V%02d", i);
            fleet.add(vehicle(id, String.format("冀H123%02d", i), VehicleCategory.GENERAL));
            if (i <= 31) {
                costs.add(Ops.cost("C22-" + i, id, CostKind.REPAIR, "2022-06-01T10:00", i == 31 ? "10000" : "11000", ""));
            }
            costs.add(Ops.cost("C23-" + i, id, CostKind.REPAIR, "2023-06-01T10:00", i == 32 ? "26000" : "15000", ""));
        }
        OperationsReport r = run(OperationsData.of(fleet).withCosts(costs));
        OperationsReport.UnitAnnualCost y2023 = r.units().get(1);
        assertEquals(new BigDecimal("491000"), y2023.totalYuan());
        assertEquals(32, y2023.vehicles());
        assertEquals(new BigDecimal("15343.75"), y2023.perVehicle());
        assertEquals(new BigDecimal("0.3990"), y2023.change().orElseThrow());
        Finding unit = of(r, OpsFindingType.COST_RISE).stream().filter(f -> f.vehicleId().isEmpty()).findFirst().orElseThrow();
        assertEquals("单位 A01 2023 年车均运行费用 15,343.75 元（32 辆），较上年 10,967.74 元（31 辆）增长 39.9%（预警线 20%）",
                unit.sentence(Language.ZH));
    }

    @Test
    void aVehicleRisingTwentyOnePercentIsFlaggedAndTwentyIsNot() {
        List<CostRecord> costs = List.of(Ops.cost("A", "V1", CostKind.INSURANCE, "2023-03-01T10:00", "1000", ""),
                Ops.cost("B", "V1", CostKind.INSURANCE, "2024-03-01T10:00", "1210", ""),
                Ops.cost("C", "V2", CostKind.INSURANCE, "2023-03-01T10:00", "1000", ""),
                Ops.cost("D", "V2", CostKind.INSURANCE, "2024-03-01T10:00", "1200", ""));
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"), vehicle("V2"))).withCosts(costs));
        List<Finding> rises = of(r, OpsFindingType.COST_RISE).stream().filter(f -> f.vehicleId().isPresent()).toList();
        assertEquals(List.of("V1"), rises.stream().map(f -> f.vehicleId().orElseThrow()).toList());
        assertEquals(new BigDecimal("0.2100"), rises.get(0).evidence(OpsEvidence.CostRise.class).change());
        assertEquals(4, r.annual().size());
        assertTrue(r.annual().stream().allMatch(a -> a.km().isEmpty()), "no trajectories, no distance");
    }

    @Test
    void newEnergyAgainstFuelComparesEnergyPerHundredKilometresAndCostPerVehicle() {
        // Guangxi's report: about 9% lower fuel spending, about 3% lower cost per vehicle.
        OperationsReport.EnergyComparison c = new OperationsReport.EnergyComparison(2024, VehicleCategory.GENERAL,
                new OperationsReport.EnergyComparison.Group(10, new BigDecimal("200000"), new BigDecimal("182000"),
                        new BigDecimal("970000")),
                new OperationsReport.EnergyComparison.Group(10, new BigDecimal("200000"), new BigDecimal("200000"),
                        new BigDecimal("1000000")));
        assertEquals(new BigDecimal("0.0900"), c.energySaving().orElseThrow());
        assertEquals(new BigDecimal("0.0300"), c.costSaving().orElseThrow());
        assertEquals(new BigDecimal("91.00"), c.newEnergy().energyPer100Km().orElseThrow());
        assertEquals(new BigDecimal("485.00"), c.newEnergy().costPer100Km().orElseThrow());
        assertEquals(new BigDecimal("500.00"), c.fuel().costPer100Km().orElseThrow());
    }
}
