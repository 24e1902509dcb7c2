/**
 * The CSV interchange formats: an RFC 4180 {@link io.github.jiguan.core.csv.CsvReader}
 * and {@link io.github.jiguan.core.csv.CsvWriter}, the
 * {@link io.github.jiguan.core.csv.Rejection} that names file, line, column, value and
 * reason for a bad row, the readers and writers of vehicles.csv, orders.csv, fixes.csv (a bulk path
 * that fills columns without an object per row), findings.csv and summary.csv
 * ({@link io.github.jiguan.core.interchange.VehiclesCsv}, {@link io.github.jiguan.core.interchange.OrdersCsv},
 * {@link io.github.jiguan.core.interchange.FixesCsv}, {@link io.github.jiguan.core.finding.FindingsCsv},
 * {@link io.github.jiguan.core.interchange.SummaryCsv}), and the rows of the CSV interchange formats (vehicles.csv, orders.csv, fixes.csv) as text records
 * carrying Jakarta Validation constraints, for applications that validate imports in bulk, and the
 * custom constraints they use ({@link io.github.jiguan.core.validation.PlateNumber},
 * {@link io.github.jiguan.core.validation.VinNumber},
 * {@link io.github.jiguan.core.validation.OffsetTimestamp}, …).
 *
 * <p>Messages come from {@code ValidationMessages.properties} in English and
 * {@code ValidationMessages_zh_CN.properties} in Chinese. Jiguan depends on the Jakarta
 * Validation API only; the application brings the provider (Hibernate Validator, say). Each
 * record's {@code to…()} method builds the domain value and throws
 * {@link io.github.jiguan.core.InvalidValueException} for what the constraints cannot see, such
 * as a planned end before the planned start. Records are immutable; the validators are
 * stateless after initialisation and thread-safe.
 */
package io.github.jiguan.core.interchange;
