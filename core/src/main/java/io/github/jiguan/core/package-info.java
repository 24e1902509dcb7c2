/**
 * Jiguan core: the domain model of office space and official vehicles, geography, the work
 * calendar, trajectories and the dispatch-to-trajectory reconciliation.
 *
 * <p>Sub-packages are cut by domain: {@code org} (agencies, levels, grades, people and posts),
 * {@code office} (buildings and rooms), {@code fleet} (vehicles, plates, VINs, terminals, drivers,
 * dispatch orders, fuel), {@code geo}, {@code calendar} (the work calendar), {@code track}
 * (fixes, cleaning, stops, trips, gaps), {@code reconcile} (dispatch-to-trajectory reconciliation)
 * and {@code interchange} (the CSV formats). Generated data sets live in the separate jiguan-testkit
 * artifact, not in core.
 *
 * <p>Null policy: parameters are non-null unless documented otherwise; a factory given a bad value
 * throws {@link io.github.jiguan.core.InvalidValueException} naming the field, the allowed range
 * and the value. Every value type is immutable and therefore thread-safe.
 */
package io.github.jiguan.core;
