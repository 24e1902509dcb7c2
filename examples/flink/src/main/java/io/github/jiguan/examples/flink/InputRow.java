package io.github.jiguan.examples.flink;

import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.reconcile.StateCodec;
import io.github.jiguan.core.track.Fix;

/**
 * One input record on its way to the vehicle's reconciler: a fix or an order in {@link StateCodec}
 * form, a vehicle of the register, or a rejected row. A Flink POJO (public fields, no-argument
 * constructor), so Flink serialises it without Kryo.
 */
public class InputRow {

    /** What the row is. */
    public enum Kind {
        /** A vehicle of the register: opens its stream even if it sends nothing. */
        VEHICLE,
        /** A fix. */
        FIX,
        /** A dispatch order. */
        ORDER,
        /** A row the interchange parser rejected; {@link #text} says where and why. */
        REJECTED
    }

    /** What the row is. */
    public Kind kind;
    /** The vehicle, the key; empty for a rejected row. */
    public String vehicleId;
    /** Event time, epoch milliseconds: a fix's time, an order's creation. */
    public long time;
    /** The fix or order in {@link StateCodec} form. */
    public byte[] payload;
    /** The rejection, for a rejected row. */
    public String text;

    /** For Flink. */
    public InputRow() {
    }

    private InputRow(Kind kind, String vehicleId, long time, byte[] payload, String text) {
        this.kind = kind;
        this.vehicleId = vehicleId;
        this.time = time;
        this.payload = payload;
        this.text = text;
    }

    /** A fix. */
    public static InputRow fix(Fix f) {
        return new InputRow(Kind.FIX, f.vehicleId(), f.time().toEpochMilli(), StateCodec.fixBytes(f), null);
    }

    /** An order, at its creation time. */
    public static InputRow order(DispatchOrder o) {
        return new InputRow(Kind.ORDER, o.vehicleId(), o.createdAt().toEpochMilli(), StateCodec.orderBytes(o), null);
    }

    /** A vehicle of the register. */
    public static InputRow vehicle(String id) {
        return new InputRow(Kind.VEHICLE, id, Long.MIN_VALUE, null, null);
    }

    /** A rejected row, with its rejection (file, line, column, value, reason). */
    public static InputRow rejected(String rejection) {
        return new InputRow(Kind.REJECTED, "", Long.MIN_VALUE, null, rejection);
    }
}
