package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.fleet.DispatchChannel;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.OrderStatus;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.Trip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Compact binary forms of the values a streaming reconciliation keeps between events: fixes and
 * orders (public, so that a stream processor can keep not-yet-due input in its own state), and
 * the trips and fix columns of a {@link VehicleStream} snapshot. Instants keep their nanoseconds;
 * doubles keep every bit, so a restored value equals the saved one.
 *
 * <p>Stateless and thread-safe.
 */
public final class StateCodec {

    private StateCodec() {
    }

    /** Writes a fix. */
    public static void writeFix(DataOutput out, Fix f) throws IOException {
        out.writeUTF(f.vehicleId());
        writeInstant(out, f.time());
        out.writeDouble(f.latitude());
        out.writeDouble(f.longitude());
        out.writeDouble(f.speedKmh());
        out.writeShort(f.heading());
        out.writeByte(f.acc().ordinal());
        out.writeBoolean(f.valid());
        out.writeBoolean(f.receivedAt() != null);
        if (f.receivedAt() != null) {
            writeInstant(out, f.receivedAt());
        }
    }

    /** Reads what {@link #writeFix} wrote. */
    public static Fix readFix(DataInput in) throws IOException {
        String vehicle = in.readUTF();
        Instant time = readInstant(in);
        double lat = in.readDouble();
        double lon = in.readDouble();
        double speed = in.readDouble();
        int heading = in.readShort();
        Acc acc = Acc.values()[in.readByte()];
        boolean valid = in.readBoolean();
        Instant received = in.readBoolean() ? readInstant(in) : null;
        return new Fix(vehicle, time, lat, lon, speed, heading, acc, valid, received);
    }

    /** Writes an order with every field. */
    public static void writeOrder(DataOutput out, DispatchOrder o) throws IOException {
        out.writeUTF(o.orderId());
        out.writeUTF(o.vehicleId());
        writeInstant(out, o.createdAt());
        writeInstant(out, o.plannedStart());
        writeInstant(out, o.plannedEnd());
        writeOptional(out, o.checkoutAt());
        writeOptional(out, o.checkinAt());
        out.writeUTF(o.channel().name());
        out.writeUTF(o.status().name());
        out.writeBoolean(o.offHoursApproved());
        out.writeUTF(o.destination());
        out.writeUTF(o.purpose());
        out.writeBoolean(o.driverId().isPresent());
        if (o.driverId().isPresent()) {
            out.writeUTF(o.driverId().get());
        }
    }

    /** Reads what {@link #writeOrder} wrote. */
    public static DispatchOrder readOrder(DataInput in) throws IOException {
        return new DispatchOrder(in.readUTF(), in.readUTF(), readInstant(in), readInstant(in), readInstant(in),
                readOptional(in), readOptional(in), DispatchChannel.valueOf(in.readUTF()),
                OrderStatus.valueOf(in.readUTF()), in.readBoolean(), in.readUTF(), in.readUTF(),
                in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty());
    }

    /** A fix as bytes. */
    public static byte[] fixBytes(Fix f) {
        return bytes(out -> writeFix(out, f));
    }

    /** The fix of {@link #fixBytes}. */
    public static Fix fix(byte[] bytes) {
        return read(bytes, StateCodec::readFix);
    }

    /** An order as bytes. */
    public static byte[] orderBytes(DispatchOrder o) {
        return bytes(out -> writeOrder(out, o));
    }

    /** The order of {@link #orderBytes}. */
    public static DispatchOrder order(byte[] bytes) {
        return read(bytes, StateCodec::readOrder);
    }

    static void writeTrip(DataOutput out, Trip t) throws IOException {
        writeInstant(out, t.start());
        writeInstant(out, t.end());
        out.writeDouble(t.distanceMetres());
        out.writeDouble(t.from().latitude());
        out.writeDouble(t.from().longitude());
        out.writeDouble(t.to().latitude());
        out.writeDouble(t.to().longitude());
        out.writeInt(t.fixes());
        out.writeByte(t.ending().ordinal());
    }

    static Trip readTrip(DataInput in) throws IOException {
        return new Trip(readInstant(in), readInstant(in), in.readDouble(), GeoPoint.of(in.readDouble(), in.readDouble()),
                GeoPoint.of(in.readDouble(), in.readDouble()), in.readInt(), Trip.Ending.values()[in.readByte()]);
    }

    /** Writes fix columns row by row, without the vehicle id (the snapshot has it once). */
    static void writeColumns(DataOutput out, FixColumns c) throws IOException {
        out.writeInt(c.size());
        for (int i = 0; i < c.size(); i++) {
            out.writeLong(c.time(i));
            out.writeDouble(c.latitude(i));
            out.writeDouble(c.longitude(i));
            out.writeFloat((float) c.speedKmh(i));
            out.writeShort(c.heading(i));
            out.writeByte(c.acc(i).ordinal());
            out.writeBoolean(c.valid(i));
            out.writeLong(c.receivedAt(i));
        }
    }

    static FixColumns.Builder readColumns(DataInput in, String vehicleId) throws IOException {
        FixColumns.Builder b = FixColumns.builder(vehicleId);
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            b.add(in.readLong(), in.readDouble(), in.readDouble(), in.readFloat(), in.readShort(),
                    Acc.values()[in.readByte()], in.readBoolean(), in.readLong());
        }
        return b;
    }

    static void writeInstant(DataOutput out, Instant t) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    static Instant readInstant(DataInput in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void writeOptional(DataOutput out, Optional<Instant> t) throws IOException {
        out.writeBoolean(t.isPresent());
        if (t.isPresent()) {
            writeInstant(out, t.get());
        }
    }

    private static Optional<Instant> readOptional(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(readInstant(in)) : Optional.empty();
    }

    /** Writes something that can fail only on I/O. */
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads something that can fail only on I/O. */
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    static byte[] bytes(Writer w) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }

    /**
     * Reads bytes written by this codec.
     *
     * @throws IllegalArgumentException when they are cut short or not in this form
     */
    static <T> T read(byte[] bytes, Reader<T> r) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return r.read(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a saved streaming state (" + bytes.length + " bytes): " + e, e);
        }
    }
}
