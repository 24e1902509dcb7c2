/**
 * Vehicle operations (公务用车运行管理): the per-vehicle file (一车一档) and its expiries, the designated
 * garage and station (定点维修、定点加油), drivers (司勤人员) and their licences, rentals (公车租赁),
 * marking (标识化), areas and parking (电子围栏), disposal candidates, terminal maintenance, the cost
 * sheets (单车核算) and the 12345 complaint lookup.
 *
 * <p>{@link io.github.jiguan.standards.vehicle.ops.VehicleOperations} runs the rules on
 * {@link io.github.jiguan.standards.vehicle.ops.OperationsData} with the figures of
 * {@link io.github.jiguan.standards.vehicle.ops.OperationsStandard} (most of them provisional,
 * overridable by a province); findings are {@link io.github.jiguan.core.finding.Finding}s of
 * {@link io.github.jiguan.standards.vehicle.ops.OpsFindingType}.
 * {@link io.github.jiguan.standards.vehicle.ops.OperationsCsv} reads dossier.csv, drivers.csv,
 * costs.csv, rentals.csv, markings.csv and areas.csv and writes the sheets;
 * {@link io.github.jiguan.standards.vehicle.ops.ComplaintDesk} answers a complaint about a plate
 * at a time with an evidence package.
 *
 * <p>Parameters are non-null; absent values are {@link java.util.Optional}. Money is exact yuan.
 * Types are immutable and thread-safe unless documented otherwise.
 */
package io.github.jiguan.standards.vehicle.ops;
