/**
 * Official vehicles (公务用车): vehicles and their plates (号牌) and VINs, categories, energy
 * types, terminals (车载终端), drivers and how they are employed, dispatch orders (派车单), fuel
 * records, and the operations side of the per-vehicle file (一车一档): {@link
 * io.github.jiguan.core.fleet.VehicleFile}, costs, rental contracts and the marking history.
 *
 * <p>Values are immutable and validated at construction; a bad value raises
 * {@link io.github.jiguan.core.InvalidValueException} naming the field, the allowed range and the
 * value. Parameters are non-null unless documented otherwise; optional fields are exposed as
 * {@link java.util.Optional}. Money is exact ({@link java.math.BigDecimal} yuan). Thread-safe.
 */
package io.github.jiguan.core.fleet;
