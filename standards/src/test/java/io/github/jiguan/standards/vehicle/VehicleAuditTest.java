package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Marking;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.standards.source.StandardFormatException;
import java.io.StringReader;
import io.github.jiguan.core.org.AdministrativeLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VehicleAuditTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final VehicleAudit AUDIT = VehicleAudit.national();

    static Vehicle.Builder car(String id, VehicleCategory category) {
        return Vehicle.builder(id, Plate.of("冀H1234" + id.charAt(id.length() - 1)), "A01", category)
                .energy(EnergyType.PETROL).displacementLitres(new BigDecimal("1.5")).priceYuan(new BigDecimal("110000"))
                .purchaseDate(LocalDate.of(2020, 3, 1)).marking(Marking.MARKED);
    }

    /** Unit A01 is a central body, in scope of the national new-energy share. */
    static List<Finding> audit(VehicleFindingType type, List<VehicleDossier> fleet, List<VehicleQuota> quotas) {
        return AUDIT.run(fleet, quotas, AS_OF, Map.of("A01", AdministrativeLevel.CENTRAL)).stream()
                .filter(f -> f.type() == type).toList();
    }

    static List<Finding> audit(VehicleFindingType type, Vehicle... vehicles) {
        List<VehicleDossier> fleet = java.util.Arrays.stream(vehicles).map(VehicleDossier::of).toList();
        return audit(type, fleet, List.of());
    }

    @Test
    void aConfidentialCarAtTheCeilingIsWithinAndAboveItIsOver() {
        Vehicle at = car("V1", VehicleCategory.CONFIDENTIAL_COMMUNICATION).displacementLitres(new BigDecimal("1.6"))
                .priceYuan(new BigDecimal("120000")).build();
        assertEquals(List.of(), audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD, at));
        Vehicle over = at.toBuilder().priceYuan(new BigDecimal("120000.01")).build();
        List<Finding> f = audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD, over);
        assertEquals(1, f.size());
        VehicleEvidence.OverConfiguration e = f.get(0).evidence(VehicleEvidence.OverConfiguration.class);
        assertTrue(e.priceOver());
        assertEquals(new BigDecimal("120000.01"), e.priceYuan().orElseThrow());
        assertEquals(0, new BigDecimal("120000").compareTo(e.priceCeilingYuan()));
        assertTrue(f.get(0).sentence(Language.ZH).contains("价格 120,000.01 元超过 120,000 元"), f.get(0).sentence(Language.ZH));
        assertEquals("《党政机关公务用车管理办法》（中办发〔2017〕71号）第二章 编制和标准管理：机要通信用车（一般）"
                + "排气量 1.6 升（含）以下、价格 120000 元以内", f.get(0).rule().toString());
        Vehicle bigEngine = at.toBuilder().displacementLitres(new BigDecimal("1.7")).build();
        Finding engine = audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD, bigEngine).get(0);
        assertTrue(engine.evidence(VehicleEvidence.OverConfiguration.class).displacementOver());
        assertTrue(engine.sentence(Language.ZH).contains("排气量 1.7 L 超过 1.6 L"), engine.sentence(Language.ZH));
    }

    @Test
    void aLawEnforcementVehicleIsHeldToTheTierItWasApprovedUnder() {
        Vehicle v = car("V1", VehicleCategory.LAW_ENFORCEMENT).displacementLitres(new BigDecimal("1.8"))
                .priceYuan(new BigDecimal("180000")).build();
        assertEquals(1, audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD,
                List.of(new VehicleDossier(v, ConfigurationTier.STANDARD, null)), List.of()).size());
        assertEquals(List.of(), audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD,
                List.of(new VehicleDossier(v, ConfigurationTier.WHERE_NEEDED, null)), List.of()));
        Vehicle bus = v.toBuilder().displacementLitres(new BigDecimal("6.7")).priceYuan(new BigDecimal("450000")).build();
        assertEquals(List.of(), audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD,
                List.of(new VehicleDossier(bus, ConfigurationTier.SPECIAL_LARGE_BUS, null)), List.of()));
        List<Finding> general = audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD, List.of(new VehicleDossier(
                car("V2", VehicleCategory.GENERAL).displacementLitres(new BigDecimal("2.0")).build(), ConfigurationTier.SPECIAL_LARGE_BUS, null)), List.of());
        assertEquals(ConfigurationTier.STANDARD,
                general.get(0).evidence(VehicleEvidence.OverConfiguration.class).tierApplied());
        assertTrue(general.get(0).sentence(Language.ZH).contains("无“特殊情况大型客车”档次，按一般标准核对"),
                general.get(0).sentence(Language.ZH));
        assertTrue(general.get(0).rule().provisional(), "the other categories' ceiling is provisional");
    }

    @Test
    void aNewEnergySaloonMayCostUpTo180000() {
        Vehicle ev = Vehicle.builder("V1", Plate.of("冀H·D12345"), "A01", VehicleCategory.CONFIDENTIAL_COMMUNICATION)
                .energy(EnergyType.BATTERY_ELECTRIC).priceYuan(new BigDecimal("180000")).marking(Marking.MARKED)
                .purchaseDate(LocalDate.of(2024, 5, 1)).build();
        assertEquals(List.of(), audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD, ev));
        List<Finding> f = audit(VehicleFindingType.OVER_CONFIGURATION_STANDARD,
                ev.toBuilder().priceYuan(new BigDecimal("180001")).build());
        assertEquals(1, f.size());
        assertTrue(f.get(0).rule().toString().endsWith("新能源轿车价格不超过 180000 元"), f.get(0).rule().toString());
    }

    @Test
    void aVehicleIsEligibleForReplacementOnItsEighthAnniversaryAndNotTheDayBefore() {
        Vehicle eight = car("V1", VehicleCategory.GENERAL).purchaseDate(AS_OF.minusYears(8)).build();
        List<Finding> f = audit(VehicleFindingType.REPLACEMENT_ELIGIBLE, eight);
        assertEquals(1, f.size());
        assertTrue(f.get(0).rule().toString().endsWith("使用满 8 年方可更新"), f.get(0).rule().toString());
        assertEquals(List.of(), audit(VehicleFindingType.REPLACEMENT_ELIGIBLE,
                car("V1", VehicleCategory.GENERAL).purchaseDate(AS_OF.minusYears(8).plusDays(1)).build()));
    }

    @Test
    void aVehicleDisposedBeforeEligibilityIsAnEarlyReplacement() {
        LocalDate bought = LocalDate.of(2017, 7, 1);
        Vehicle early = car("V1", VehicleCategory.GENERAL).purchaseDate(bought).inService(null, LocalDate.of(2025, 6, 30)).build();
        List<Finding> f = audit(VehicleFindingType.EARLY_REPLACEMENT, early);
        assertEquals(1, f.size());
        assertEquals(LocalDate.of(2025, 7, 1), f.get(0).evidence(VehicleEvidence.Replacement.class).eligibleFrom());
        assertTrue(f.get(0).sentence(Language.ZH).contains("未达更新条件（满 2025-07-01）"), f.get(0).sentence(Language.ZH));
        Vehicle onTime = car("V1", VehicleCategory.GENERAL).purchaseDate(LocalDate.of(2017, 6, 30))
                .inService(null, LocalDate.of(2025, 6, 30)).build();
        assertEquals(List.of(), audit(VehicleFindingType.EARLY_REPLACEMENT, onTime));
        assertEquals(List.of(), audit(VehicleFindingType.REPLACEMENT_ELIGIBLE, onTime), "a disposed vehicle is not eligible any more");
    }

    @Test
    void aProvinceCanAddADistanceConditionToReplacement() {
        StandardFile hebei = StandardFile.read(new StringReader("""
                key,value,article,provisional,note
                document.id,hebei-vehicles-2018,,,
                document.title,河北省党政机关公务用车管理实施办法,,,
                document.number,冀办发〔2018〕5号,,,
                document.issuer,河北省委办公厅 河北省政府办公厅,,,
                document.effective,2018-06-01,,,
                document.scope,河北省,,,
                document.overrides,vehicle-replacement-2017,,,
                replacement.min_km,250000,第二十条,,
                """), "hebei-vehicles.csv");
        VehicleAudit hebeiAudit = new VehicleAudit(VehicleConfigurationStandard.national(),
                ReplacementRule.withOverrides(List.of(hebei)), NewEnergyShareRule.national());
        Vehicle old = car("V1", VehicleCategory.GENERAL).purchaseDate(LocalDate.of(2015, 1, 1)).build();
        List<Finding> notYet = hebeiAudit.run(List.of(new VehicleDossier(old, ConfigurationTier.STANDARD,
                new BigDecimal("249999.9"))), List.of(), AS_OF);
        assertTrue(notYet.stream().noneMatch(f -> f.type() == VehicleFindingType.REPLACEMENT_ELIGIBLE));
        List<Finding> eligible = hebeiAudit.run(List.of(new VehicleDossier(old, ConfigurationTier.STANDARD,
                new BigDecimal("250000"))), List.of(), AS_OF);
        Finding f = eligible.stream().filter(x -> x.type() == VehicleFindingType.REPLACEMENT_ELIGIBLE).findFirst().orElseThrow();
        assertTrue(f.rule().toString().startsWith("《河北省党政机关公务用车管理实施办法》（冀办发〔2018〕5号）第二十条：使用满 8 年且行驶满 250000 公里"),
                f.rule().toString());
        List<Finding> unknown = hebeiAudit.run(List.of(VehicleDossier.of(old)), List.of(), AS_OF);
        assertTrue(unknown.stream().anyMatch(x -> x.type() == VehicleFindingType.RECORD_INCOMPLETE
                && x.evidence(VehicleEvidence.RecordIncomplete.class).missing().contains(VehicleEvidence.Field.ODOMETER)));
    }

    @Test
    void anUnmarkedVehicleIsFlaggedUnlessExempt() {
        assertEquals(1, audit(VehicleFindingType.MARKING_MISSING, car("V1", VehicleCategory.LAW_ENFORCEMENT).marking(Marking.UNMARKED).build()).size());
        assertEquals(List.of(), audit(VehicleFindingType.MARKING_MISSING, car("V1", VehicleCategory.LAW_ENFORCEMENT).marking(Marking.EXEMPT).build()));
        assertEquals(List.of(), audit(VehicleFindingType.MARKING_MISSING, car("V1", VehicleCategory.LAW_ENFORCEMENT).build()));
    }

    @Test
    void aUnitOverItsQuotaIsFlaggedAndOneAtItIsNot() {
        List<VehicleDossier> fleet = List.of(VehicleDossier.of(car("V1", VehicleCategory.GENERAL).build()),
                VehicleDossier.of(car("V2", VehicleCategory.GENERAL).build()));
        assertEquals(List.of(), audit(VehicleFindingType.OVER_QUOTA, fleet, List.of(new VehicleQuota("A01", VehicleCategory.GENERAL, 2))));
        List<Finding> over = audit(VehicleFindingType.OVER_QUOTA, fleet, List.of(new VehicleQuota("A01", VehicleCategory.GENERAL, 1)));
        assertEquals(1, over.size());
        assertEquals(new VehicleEvidence.OverQuota(VehicleCategory.GENERAL, 2, 1, true, List.of("V1", "V2")),
                over.get(0).evidence(VehicleEvidence.OverQuota.class));
        assertTrue(over.get(0).sentence(Language.ZH).contains("在用 2 辆（V1、V2），编制 1 辆，超出 1 辆"), over.get(0).sentence(Language.ZH));
        Finding none = audit(VehicleFindingType.OVER_QUOTA, fleet, List.of()).get(0);
        assertTrue(!none.evidence(VehicleEvidence.OverQuota.class).quotaRecorded());
        assertTrue(none.sentence(Language.ZH).contains("无编制记录"));
        assertThrows(io.github.jiguan.core.InvalidValueException.class, () -> AUDIT.run(fleet,
                List.of(new VehicleQuota("A01", VehicleCategory.GENERAL, 1), new VehicleQuota("A01", VehicleCategory.GENERAL, 2)), AS_OF));
    }

    @Test
    void aYearsPurchasesBelowThirtyPercentNewEnergyAreFlagged() {
        Vehicle.Builder petrol = car("V1", VehicleCategory.GENERAL).purchaseDate(LocalDate.of(2024, 3, 1));
        Vehicle ev = Vehicle.builder("V9", Plate.of("冀H·D12349"), "A01", VehicleCategory.GENERAL).energy(EnergyType.BATTERY_ELECTRIC)
                .priceYuan(new BigDecimal("150000")).purchaseDate(LocalDate.of(2024, 8, 1)).marking(Marking.MARKED).build();
        List<Vehicle> threeAndOne = List.of(petrol.build(), car("V2", VehicleCategory.GENERAL).purchaseDate(LocalDate.of(2024, 4, 1)).build(),
                car("V3", VehicleCategory.GENERAL).purchaseDate(LocalDate.of(2024, 5, 1)).build(), ev);
        List<Finding> below = audit(VehicleFindingType.NEW_ENERGY_SHARE_BELOW_TARGET, threeAndOne.toArray(Vehicle[]::new));
        assertEquals(1, below.size(), "1 of 4 is 25%");
        assertEquals(2024, below.get(0).evidence(VehicleEvidence.NewEnergyShare.class).year());
        assertEquals(new Coverage.Dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), below.get(0).coverage());
        assertTrue(below.get(0).rule().toString().startsWith("《关于做好中央和国家机关新能源汽车推广使用工作的通知》（国管资〔2024〕197号）"));
        List<Vehicle> threeAndTwo = new java.util.ArrayList<>(threeAndOne.subList(1, 4));
        threeAndTwo.add(Vehicle.builder("V8", Plate.of("冀H·D12348"), "A01", VehicleCategory.GENERAL).energy(EnergyType.PLUG_IN_HYBRID)
                .displacementLitres(new BigDecimal("1.5")).priceYuan(new BigDecimal("150000")).purchaseDate(LocalDate.of(2024, 9, 1))
                .marking(Marking.MARKED).build());
        assertEquals(List.of(), audit(VehicleFindingType.NEW_ENERGY_SHARE_BELOW_TARGET, threeAndTwo.toArray(Vehicle[]::new)), "2 of 4 is 50%");
        assertEquals(List.of(), audit(VehicleFindingType.NEW_ENERGY_SHARE_BELOW_TARGET, car("V1", VehicleCategory.GENERAL).build()),
                "a purchase before the rule took effect is not counted");
    }

    @Test
    void theNationalShareBindsCentralBodiesOnlyUnlessAProvinceWidensIt() {
        List<VehicleDossier> petrol2024 = List.of(VehicleDossier.of(car("V1", VehicleCategory.GENERAL)
                .purchaseDate(LocalDate.of(2024, 3, 1)).build()));
        Map<String, AdministrativeLevel> county = Map.of("A01", AdministrativeLevel.COUNTY);
        assertEquals(Set.of(AdministrativeLevel.CENTRAL), NewEnergyShareRule.national().levels());
        assertEquals(List.of(), AUDIT.run(petrol2024, List.of(new VehicleQuota("A01", VehicleCategory.GENERAL, 1)), AS_OF, county));
        assertEquals(List.of(), AUDIT.run(petrol2024, List.of(new VehicleQuota("A01", VehicleCategory.GENERAL, 1)), AS_OF),
                "a unit of unknown level is not held to a rule that applies by level");
        StandardFile hebei = StandardFile.read(new java.io.StringReader(String.join("\n",
                "key,value,article,provisional,note",
                "document.id,hebei-new-energy,,,",
                "document.title,某省党政机关新能源汽车配备规定,,,",
                "document.number,某政办〔2024〕1号,,,",
                "document.issuer,某省机关事务管理局,,,",
                "document.effective,2024-01-01,,,",
                "document.scope,某省,,,",
                "document.overrides,vehicle-new-energy-2024,,,",
                "new_energy.levels,PROVINCE;CITY;COUNTY;TOWNSHIP,第三条,,", "")), "hebei-new-energy.csv");
        VehicleAudit province = new VehicleAudit(VehicleConfigurationStandard.national(), ReplacementRule.national(),
                NewEnergyShareRule.withOverrides(List.of(hebei)));
        List<Finding> f = province.run(petrol2024, List.of(new VehicleQuota("A01", VehicleCategory.GENERAL, 1)), AS_OF, county);
        assertEquals(List.of(VehicleFindingType.NEW_ENERGY_SHARE_BELOW_TARGET), f.stream().map(Finding::type).toList());
    }

    @Test
    void theShareIsMetExactlyAtThirtyPercent() {
        NewEnergyShareRule rule = NewEnergyShareRule.national();
        assertTrue(rule.isMet(3, 10));
        assertTrue(!rule.isMet(2, 10));
    }

    @Test
    void missingDossierFieldsAreReportedNotSilentlyPassed() {
        Vehicle bare = Vehicle.builder("V1", Plate.of("冀H12341"), "A01", VehicleCategory.GENERAL).build();
        List<Finding> f = audit(VehicleFindingType.RECORD_INCOMPLETE, bare);
        assertEquals(1, f.size());
        assertEquals(List.of(VehicleEvidence.Field.PURCHASE_DATE, VehicleEvidence.Field.PRICE,
                VehicleEvidence.Field.DISPLACEMENT, VehicleEvidence.Field.ENERGY, VehicleEvidence.Field.MARKING),
                f.get(0).evidence(VehicleEvidence.RecordIncomplete.class).missing());
        String zh = f.get(0).sentence(Language.ZH);
        assertTrue(zh.contains("购置日期") && zh.contains("价格") && zh.contains("排气量") && zh.contains("能源类型")
                && zh.contains("标识情况"), zh);
        assertEquals(List.of(), audit(VehicleFindingType.RECORD_INCOMPLETE, car("V1", VehicleCategory.GENERAL).build()));
    }

    @Test
    void aMalformedVehicleStandardIsRejected() {
        StandardFile bad = StandardFile.read(new StringReader("""
                key,value,article,provisional,note
                document.id,bad,,,
                document.title,坏标准,,,
                document.number,无,,,
                document.issuer,无,,,
                document.effective,2020-01-01,,,
                document.scope,全国,,,
                document.overrides,vehicle-configuration-2017,,,
                ceiling.GENERAL.WHERE_NEEDED.price_yuan,200000,第一条,,
                """), "bad.csv");
        StandardFormatException e = assertThrows(StandardFormatException.class,
                () -> VehicleConfigurationStandard.withOverrides(List.of(bad)));
        assertTrue(e.getMessage().contains("needs its pair"), e.getMessage());
    }
}
