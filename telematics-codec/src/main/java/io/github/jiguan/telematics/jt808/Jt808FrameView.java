package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.internal.Bcd;
import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.codec.AdditionalItemCodec;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import java.util.Objects;

/**
 * A reusable view of one JT/T 808 frame that reads the header and the fixed fields of a 0x0200
 * location report straight from the de-escaped bytes, allocating nothing: the storage path of a
 * gateway, which keeps position, speed, heading, altitude, time and the alarm and status bits of
 * millions of reports a day.
 *
 * <pre>{@code
 * Jt808FrameView view = new Jt808FrameView(DecodeOptions.STRICT);  // one per thread or connection
 * if (view.wrap(wire, 0, wire.length) && view.isLocationReport()) {
 *     columns.add(view.phoneBcd(), view.epochSecond(), view.latitude(), view.longitude(),
 *             view.speedKmh(), view.direction(), view.altitudeM(), view.alarmBits(), view.statusBits());
 * } else {
 *     handle(decoder.decode(wire));                                   // everything else, as records
 * }
 * }</pre>
 *
 * <p>{@link #wrap} de-escapes the frame into the view's buffer (the check code is computed in the
 * same pass) and answers whether the frame is <em>clean</em>: check code and declared body length
 * right, not a fragment, not encrypted, a 2019 version byte of 1 in strict mode, and for 0x0200 a body
 * of at least 28 bytes whose BCD time has decimal digits (and whose additional items are well formed,
 * in strict mode). A clean 0x0200 is exactly one that {@link Jt808Decoder} with the same options
 * decodes without error into a verified {@code LocationReport}, so that the view and the records never
 * disagree on what they accept; for any other frame use the decoder, which types every id and says
 * what is wrong. {@link Jt808StreamDecoder} offers its listener this view first
 * ({@link Jt808StreamDecoder.Listener#frame}) and decodes from the same de-escaped bytes when the
 * listener declines it.
 *
 * <p>The accessors read the frame last wrapped (a location accessor, the frame's 0x0200 body) and are
 * valid until the next {@code wrap}. The additional items are not typed here: {@link #item(int)} finds
 * one by id and {@link #itemValue(int)} reads a value of up to eight bytes as a number; the typed
 * records are {@code Jt808Decoder}'s job. Not thread-safe: one view per thread or connection.
 */
public final class Jt808FrameView {

    private static final int LOCATION_BASE = 28;

    private final DecodeOptions options;
    private byte[] data = new byte[Jt808StreamSplitter.DEFAULT_MAX_FRAME_LENGTH];
    private int length;
    private boolean xorOk;
    private boolean clean;
    private int messageId;
    private int properties;
    private boolean v2019;
    private int headerLength;
    private int bodyLength;

    /** A view that judges frames with {@code options} (strictness and the 2019-flag compatibility reading). */
    public Jt808FrameView(DecodeOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * De-escapes and reads the wire frame {@code wire[offset, offset + length)}, 0x7e delimiters
     * included; returns whether it is clean (see the class comment). The header accessors are valid
     * after any call that returns; the others after one that returned true.
     *
     * @throws io.github.jiguan.telematics.jt808.codec.MalformedFrameException for missing delimiters, a
     *     bad escape, a 0x7e inside or a frame too short for a header, as the decoder would
     */
    public boolean wrap(byte[] wire, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, wire.length);
        if (data.length < length) {
            data = new byte[length];
        }
        int packed = Jt808Frame.unescapeInto(wire, offset, length, data);
        this.length = packed >>> 8;
        this.xorOk = (packed & 0xff) == 0;
        readHeader();
        clean = judge();
        return clean;
    }

    private void readHeader() {
        if (length < 13) {
            throw new io.github.jiguan.telematics.jt808.codec.MalformedFrameException("frame of " + length
                    + " bytes is shorter than the 13 of a header and a check code", 0, data, 0, length);
        }
        messageId = Bits.u16(data, 0);
        properties = Bits.u16(data, 2);
        v2019 = Bits.isSet(properties, 14);
        if (v2019 && options.versionFlagWith2013Body()
                && Jt808Frame.flagOn2013Frame(length, properties, Bits.isSet(properties, 13))) {
            v2019 = false;
        }
        headerLength = (v2019 ? 17 : 12) + (Bits.isSet(properties, 13) ? 4 : 0);
        bodyLength = length - headerLength - 1;
    }

    private boolean judge() {
        if (!xorOk || bodyLength < 0 || bodyLength != (properties & 0x3ff) || Bits.isSet(properties, 13)
                || (properties & 0x1c00) != 0) {
            return false;
        }
        if (v2019 && options.strict() && (data[4] & 0xff) != 1) {
            return false;
        }
        if (messageId != MessageId.LOCATION_REPORT.code()) {
            return true;
        }
        if (bodyLength < LOCATION_BASE || !Bcd.isValid(data, headerLength + 22, 6)) {
            return false;
        }
        int items = headerLength + LOCATION_BASE;
        int end = headerLength + bodyLength;
        return !options.strict() || AdditionalItemCodec.wellFormedEnd(data, items, end) == end;
    }

    /** Whether the frame last wrapped was clean. */
    public boolean isClean() {
        return clean;
    }

    /** The message id. */
    public int messageId() {
        return messageId;
    }

    /** True when the frame is a clean 0x0200, so that the location accessors apply. */
    public boolean isLocationReport() {
        return clean && messageId == MessageId.LOCATION_REPORT.code();
    }

    /** True when the header has the 2019 layout (version byte and BCD[10] phone). */
    public boolean is2019() {
        return v2019;
    }

    /** The serial number. */
    public int serial() {
        return Bits.u16(data, headerLength - 2 - (Bits.isSet(properties, 13) ? 4 : 0));
    }

    /**
     * The low twelve digits of the phone as 48 packed BCD bits (the whole phone before 2019; of a 2019
     * BCD[10] phone, the last twelve of its twenty digits), a key that needs no String.
     */
    public long phoneBcd() {
        return Bcd.packed(data, v2019 ? 9 : 4, 6);
    }

    /** The first eight digits of a 2019 BCD[10] phone as 32 packed bits; 0 before 2019. */
    public int phoneBcdHigh() {
        return v2019 ? (int) Bcd.packed(data, 5, 4) : 0;
    }

    /** The phone as sent, 12 or 20 digits (allocates a String). */
    public String phone() {
        return v2019 ? Bcd.toDigits(data, 5, 10) : Bcd.toDigits(data, 4, 6);
    }

    /** The body length. */
    public int bodyLength() {
        return bodyLength;
    }

    /** A copy of the body bytes (allocates). */
    public byte[] body() {
        return java.util.Arrays.copyOfRange(data, headerLength, headerLength + bodyLength);
    }

    private int body(int at) {
        if (!isLocationReport()) {
            throw new IllegalStateException("not a clean 0x0200 location report: " + MessageId.hex(messageId));
        }
        return headerLength + at;
    }

    /** The alarm DWORD. */
    public int alarmBits() {
        return Bits.i32(data, body(0));
    }

    /** The status DWORD. */
    public int statusBits() {
        return Bits.i32(data, body(4));
    }

    /** The latitude DWORD in 1e-6 degrees, as sent. */
    public int latitudeMicro() {
        return Bits.i32(data, body(8));
    }

    /** The longitude DWORD in 1e-6 degrees, as sent. */
    public int longitudeMicro() {
        return Bits.i32(data, body(12));
    }

    /** Latitude in signed degrees: negative when the south flag is set. */
    public double latitude() {
        int v = latitudeMicro();
        return ((statusBits() & StatusFlag.SOUTH_LATITUDE.mask()) != 0 ? -v : v) / 1e6;
    }

    /** Longitude in signed degrees: negative when the west flag is set. */
    public double longitude() {
        int v = longitudeMicro();
        return ((statusBits() & StatusFlag.WEST_LONGITUDE.mask()) != 0 ? -v : v) / 1e6;
    }

    /** Altitude in metres. */
    public int altitudeM() {
        return Bits.u16(data, body(16));
    }

    /** The speed WORD in 0.1 km/h. */
    public int speedTenths() {
        return Bits.u16(data, body(18));
    }

    /** Speed in km/h. */
    public double speedKmh() {
        return speedTenths() / 10.0;
    }

    /** Direction in degrees from north, as sent. */
    public int direction() {
        return Bits.u16(data, body(20));
    }

    /** The BCD time as 48 packed bits (see {@link BcdTime#fromPacked}). */
    public long timeBcd() {
        return Bcd.packed(data, body(22), 6);
    }

    /** The time in epoch seconds, or {@link Long#MIN_VALUE} when the digits form no date (a terminal without a fix). */
    public long epochSecond() {
        return BcdTime.epochSecondOf(timeBcd());
    }

    /** True when the ACC (ignition) flag is set. */
    public boolean isAccOn() {
        return (statusBits() & StatusFlag.ACC_ON.mask()) != 0;
    }

    /** True when the position is a fix. */
    public boolean isPositioned() {
        return (statusBits() & StatusFlag.POSITIONED.mask()) != 0;
    }

    /**
     * The offset of the value of the first additional item with id {@code id} (in the view's buffer,
     * for {@link #itemValue}), or -1 when the report has none.
     */
    public int item(int id) {
        int p = body(LOCATION_BASE);
        int end = headerLength + bodyLength;
        while (p + 2 <= end && p + 2 + (data[p + 1] & 0xff) <= end) {
            if ((data[p] & 0xff) == id) {
                return p + 2;
            }
            p += 2 + (data[p + 1] & 0xff);
        }
        return -1;
    }

    /**
     * The value of the first additional item with id {@code id} as an unsigned big-endian number (a
     * value of up to eight bytes: 0x01 mileage in 0.1 km, 0x02 fuel in 0.1 L, 0x30 signal, 0x31
     * satellites, …), or -1 when the report has no such item or its value is longer.
     */
    public long itemValue(int id) {
        int at = item(id);
        if (at < 0 || (data[at - 1] & 0xff) > 8) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < (data[at - 1] & 0xff); i++) {
            v = v << 8 | (data[at + i] & 0xff);
        }
        return v;
    }

    /** The de-escaped content, for the decoder to build records from without de-escaping again. */
    byte[] content() {
        return data;
    }

    int contentLength() {
        return length;
    }

    boolean checksumOk() {
        return xorOk;
    }

    @Override
    public String toString() {
        return "Jt808FrameView[" + MessageId.hex(messageId) + (clean ? " clean" : " not clean") + " body=" + bodyLength
                + "]";
    }
}
