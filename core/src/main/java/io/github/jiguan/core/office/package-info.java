/**
 * Office space (办公用房): buildings, rooms, their use, area, status and ownership, for the
 * room-level register ("一单位一档").
 *
 * <p>Areas are exact decimals ({@link io.github.jiguan.core.office.Area}), never binary floating
 * point. Values are immutable, validated records; parameters are non-null unless documented
 * otherwise. Thread-safe.
 */
package io.github.jiguan.core.office;
