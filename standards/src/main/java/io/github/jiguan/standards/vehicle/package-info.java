/**
 * The official-vehicle audit (公务用车): the configuration ceilings of 《党政机关公务用车管理办法》
 * (中办发〔2017〕71号) by category and tier, replacement eligibility (8 years, and where a province
 * requires it a distance), the uniform marking, the units' quotas (编制) and the new-energy share of
 * a year's purchases (国管资〔2024〕197号). Every finding cites the document, article and figure.
 *
 * <p>Main types: {@link io.github.jiguan.standards.vehicle.VehicleConfigurationStandard},
 * {@link io.github.jiguan.standards.vehicle.ReplacementRule},
 * {@link io.github.jiguan.standards.vehicle.NewEnergyShareRule} (the standards as data) and
 * {@link io.github.jiguan.standards.vehicle.VehicleAudit} over
 * {@link io.github.jiguan.standards.vehicle.VehicleDossier}s and
 * {@link io.github.jiguan.standards.vehicle.VehicleQuota}s.
 *
 * <p>Prices are exact decimals in yuan, displacements in litres. Null policy: parameters are
 * non-null unless documented; absent dossier fields are reported as
 * {@link io.github.jiguan.standards.vehicle.VehicleFindingType#RECORD_INCOMPLETE}. Immutable and
 * thread-safe.
 */
package io.github.jiguan.standards.vehicle;
