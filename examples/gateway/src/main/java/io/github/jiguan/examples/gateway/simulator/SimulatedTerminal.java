package io.github.jiguan.examples.gateway.simulator;

import io.github.jiguan.examples.gateway.storage.ReportHash;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.Jt808StreamSplitter;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.AuthenticationRequest;
import io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
import io.github.jiguan.telematics.jt808.message.Heartbeat;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.LocationQuery;
import io.github.jiguan.telematics.jt808.message.LocationQueryResponse;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.github.jiguan.telematics.jt808.message.PlatformMessage;
import io.github.jiguan.telematics.jt808.message.RegisterRequest;
import io.github.jiguan.telematics.jt808.message.RegisterResponse;
import io.github.jiguan.telematics.jt808.message.RetransmitRequest;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import io.github.jiguan.telematics.jt808.message.TerminalGeneralResponse;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One simulated vehicle terminal: registers once, authenticates on every connection, reports the
 * fixes it is given, keeps those it could not deliver for a blind-area re-upload (0x0704 type 1),
 * retransmits what is not acknowledged by T(n+1) = T(n) × (n+1), resends the fragments a 0x8003 asks
 * for, answers platform commands, sends heartbeats, and reconnects when the link drops. Every method
 * runs on the terminal's event loop; other threads hand it work with {@link #offer} and {@link #finish}.
 */
final class SimulatedTerminal {

    private enum State { DISCONNECTED, CONNECTING, REGISTERING, AUTHENTICATING, ONLINE, REFUSED }

    /** What the terminal sends and waits an acknowledgement for. */
    private record Item(int[] rows, boolean batch) {
    }

    private static final class Inflight {
        final Item item;
        final List<byte[]> frames;
        final long[] keys;
        final long firstSent;
        int attempts;
        long deadline;

        Inflight(Item item, List<byte[]> frames, long[] keys, long now) {
            this.item = item;
            this.frames = frames;
            this.keys = keys;
            this.firstSent = now;
        }
    }

    private final Simulation sim;
    private final int index;
    final String phone;
    private final ProtocolVersion edition;
    private final String plate;
    final EventLoop loop;
    private final SplittableRandom random;
    final AckLedger ledger = new AckLedger();
    private final ArrayDeque<Item> outbox = new ArrayDeque<>();
    private final List<Integer> blind = new ArrayList<>();
    private final Map<Integer, Inflight> inflight = new LinkedHashMap<>();
    private final Jt808StreamSplitter splitter = new Jt808StreamSplitter();
    private State state = State.DISCONNECTED;
    private Channel channel;
    private String authCode;
    private int serial;
    private int handshakeSerial = -1;
    private byte[] handshakeFrame;
    private int handshakeAttempts;
    private long handshakeDeadline;
    private long lastSend;
    private int reconnects;
    private long reconnectAt = Long.MIN_VALUE;
    private int lastRow = -1;

    SimulatedTerminal(Simulation sim, int index, String phone, ProtocolVersion edition, String plate, EventLoop loop) {
        this.sim = sim;
        this.index = index;
        this.phone = phone;
        this.edition = edition;
        this.plate = plate;
        this.loop = loop;
        this.random = new SplittableRandom(sim.config().seed() * 7919 + index);
    }

    /** Takes fix {@code row} to send (from the player's thread). */
    void offer(int row) {
        loop.execute(() -> {
            if (state == State.REFUSED) {
                sim.undeliverable(1);
                return;
            }
            if (sim.fixes().isBlind(row)) {
                blind.add(row);
                if (blind.size() >= sim.config().blindBatch()) {
                    flushBlind();
                }
            } else {
                flushBlind();
                outbox.add(new Item(new int[] {row}, false));
            }
            pump();
        });
    }

    /** No more fixes come: what is held for a blind-area re-upload goes out. */
    void finish() {
        loop.execute(() -> {
            flushBlind();
            pump();
        });
    }

    /** Whether everything handed to it has been acknowledged. */
    boolean idle() {
        return outbox.isEmpty() && inflight.isEmpty() && blind.isEmpty();
    }

    private void flushBlind() {
        if (!blind.isEmpty()) {
            outbox.add(new Item(blind.stream().mapToInt(Integer::intValue).toArray(), true));
            blind.clear();
        }
    }

    // --- the link ---

    void connect() {
        if (state != State.DISCONNECTED || sim.closing()) {
            return;
        }
        state = State.CONNECTING;
        ChannelFuture f = sim.bootstrap().clone(loop).handler(new Handler()).connect(sim.address());
        f.addListener(done -> {
            if (!f.isSuccess()) {
                state = State.DISCONNECTED;
                scheduleReconnect();
                return;
            }
            channel = f.channel();
            channel.closeFuture().addListener(c -> closed());
            handshake();
        });
    }

    private void handshake() {
        Jt808Body body;
        if (authCode == null) {
            state = State.REGISTERING;
            body = new RegisterRequest(edition, 13, 100, "JGSIM", "SIM808", terminalId(), 1, plate);
        } else {
            state = State.AUTHENTICATING;
            body = edition == ProtocolVersion.V2019
                    ? new AuthenticationRequest(ProtocolVersion.V2019, authCode, imei(), "1.0.0")
                    : new AuthenticationRequest(ProtocolVersion.V2013, authCode, "", "");
        }
        Jt808Header h = header(body.messageId(), serial);
        serial = (serial + 1) & 0xffff;
        handshakeSerial = h.serial();
        handshakeFrame = sim.encoder().encode(h, body);
        handshakeAttempts = 1;
        write(handshakeFrame, true);
        handshakeDeadline = System.nanoTime() + sim.policy().timeout(1).toNanos();
    }

    /** No answer to the registration or authentication: sent again by the same rule, then the link is dropped. */
    private void handshakeTimedOut(long now) {
        if (handshakeAttempts < sim.policy().sendings()) {
            handshakeAttempts++;
            sim.counters().retransmissions.increment();
            write(handshakeFrame, true);
            handshakeDeadline = now + sim.policy().timeout(handshakeAttempts).toNanos();
        } else if (channel != null) {
            channel.close();
        }
    }

    private void closed() {
        channel = null;
        if (state == State.REFUSED) {
            return;
        }
        state = State.DISCONNECTED;
        // what was in flight goes out again on the next connection, in its order
        List<Inflight> back = new ArrayList<>(inflight.values());
        inflight.clear();
        for (int i = back.size() - 1; i >= 0; i--) {
            outbox.addFirst(back.get(i).item);
        }
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (sim.closing()) {
            return;
        }
        reconnects++;
        sim.counters().reconnects.increment();
        long delay = Math.min(5_000, 200L << Math.min(reconnects, 5)) + random.nextInt(300);
        reconnectAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
    }

    // --- sending ---

    private void pump() {
        if (state != State.ONLINE) {
            return;
        }
        while (inflight.size() < sim.config().window() && !outbox.isEmpty()) {
            transmit(outbox.poll());
        }
    }

    private void transmit(Item item) {
        long now = System.nanoTime();
        List<LocationReport> reports = new ArrayList<>(item.rows().length);
        long[] keys = new long[item.rows().length];
        for (int k = 0; k < item.rows().length; k++) {
            LocationReport r = report(item.rows()[k]);
            reports.add(r);
            // the report's time, whole seconds as BCD carries it (the generator's fixes may have milliseconds)
            keys[k] = AckLedger.key(phone, r.time().orElseThrow().toEpochMilli(), ReportHash.of(r));
        }
        Jt808Body body = item.batch() ? BatchLocationUpload.of(1, reports) : reports.get(0);
        Jt808Header h = header(body.messageId(), serial);
        List<byte[]> frames = sim.encoder().encodeAll(h, body);
        serial = (serial + frames.size()) & 0xffff;
        Inflight f = new Inflight(item, frames, keys, now);
        inflight.put(h.serial(), f);
        if (item.batch()) {
            sim.counters().batches.increment();
        }
        if (frames.size() > 1) {
            sim.counters().subpackaged.increment();
        }
        send(f, true);
    }

    private void send(Inflight f, boolean first) {
        f.attempts++;
        f.deadline = System.nanoTime() + sim.policy().timeout(f.attempts).toNanos();
        int drop = -1;
        if (first && f.frames.size() > 1 && random.nextDouble() < sim.config().dropFragmentRate()) {
            drop = random.nextInt(f.frames.size());
            sim.counters().fragmentsDropped.increment();
        }
        if (first && !f.item.batch() && random.nextDouble() < sim.config().corruptRate()) {
            write(corrupt(f.frames.get(0)), false);
            sim.counters().corrupted.increment();
        }
        if (!first) {
            sim.counters().retransmissions.increment();
        }
        for (int i = 0; i < f.frames.size(); i++) {
            if (i != drop) {
                write(f.frames.get(i), false);
            }
        }
        flush();
    }

    private byte[] corrupt(byte[] frame) {
        byte[] bad = frame.clone();
        for (int tries = 0; tries < 32; tries++) {
            int p = 1 + random.nextInt(bad.length - 2);
            int b = bad[p] & 0xff;
            int c = b ^ 0x01;
            if (b != 0x7d && b != 0x7e && c != 0x7d && c != 0x7e) {
                bad[p] = (byte) c;
                return bad;
            }
        }
        return bad;
    }

    private int sendNow(Jt808Body body) {
        Jt808Header h = header(body.messageId(), serial);
        serial = (serial + 1) & 0xffff;
        write(sim.encoder().encode(h, body), true);
        return h.serial();
    }

    private void write(byte[] frame, boolean flush) {
        if (channel == null) {
            return;
        }
        lastSend = System.nanoTime();
        ByteBuf buf = Unpooled.wrappedBuffer(frame);
        if (flush) {
            channel.writeAndFlush(buf, channel.voidPromise());
        } else {
            channel.write(buf, channel.voidPromise());
        }
    }

    private void flush() {
        if (channel != null) {
            channel.flush();
        }
    }

    private Jt808Header header(int messageId, int s) {
        return Jt808Header.of(messageId, edition == ProtocolVersion.V2019 ? ProtocolVersion.V2019 : ProtocolVersion.V2013,
                phone, s);
    }

    LocationReport report(int row) {
        PlannedFixes fx = sim.fixes();
        EnumSet<StatusFlag> status = EnumSet.noneOf(StatusFlag.class);
        if (fx.accOn(row)) {
            status.add(StatusFlag.ACC_ON);
        }
        if (fx.valid(row)) {
            status.add(StatusFlag.POSITIONED);
        }
        return LocationReport.builder().position(fx.lat(row), fx.lon(row)).speedKmh(fx.speed(row))
                .direction(fx.heading(row)).altitudeM(60).time(Instant.ofEpochMilli(fx.time(row))).status(status)
                .items(List.of(new AdditionalItem.SignalStrength(25), new AdditionalItem.SatelliteCount(fx.valid(row) ? 12 : 0)))
                .build();
    }

    // --- receiving ---

    private void received(Jt808Message m) {
        Jt808Body body = m.body();
        if (body instanceof PlatformGeneralResponse r) {
            general(r);
        } else if (body instanceof RegisterResponse r) {
            registered(r);
        } else if (body instanceof RetransmitRequest r) {
            Inflight f = inflight.get(r.originalSerial());
            if (f != null) {
                sim.counters().fragmentRequests.increment();
                for (int id : r.packageIds()) {
                    if (id >= 1 && id <= f.frames.size()) {
                        write(f.frames.get(id - 1), false);
                    }
                }
                flush();
            }
        } else if (body instanceof PlatformMessage p) {
            command(m.header(), p);
        }
    }

    private void general(PlatformGeneralResponse r) {
        if (state == State.AUTHENTICATING && r.responseSerial() == handshakeSerial && r.responseMessageId() == 0x0102) {
            if (r.result() == 0) {
                state = State.ONLINE;
                reconnects = 0;
                sim.counters().authenticated.increment();
                pump();
            } else {
                authCode = null; // the gateway closes the connection; register on the next one
            }
            return;
        }
        Inflight f = inflight.get(r.responseSerial());
        if (f == null || r.responseMessageId() != messageIdOf(f)) {
            return;
        }
        if (r.result() != 0) {
            return; // refused: retransmitted by the timer, as a terminal does
        }
        inflight.remove(r.responseSerial());
        for (long k : f.keys) {
            ledger.add(k);
        }
        sim.counters().acked.add(f.keys.length);
        sim.acknowledged(f.keys.length, System.nanoTime() - f.firstSent);
        if (f.item.rows().length > 0) {
            lastRow = f.item.rows()[f.item.rows().length - 1];
        }
        pump();
    }

    private static int messageIdOf(Inflight f) {
        return f.item.batch() ? 0x0704 : 0x0200;
    }

    private void registered(RegisterResponse r) {
        if (state != State.REGISTERING || r.responseSerial() != handshakeSerial) {
            return;
        }
        if (r.result() != 0) {
            state = State.REFUSED;
            sim.counters().refused.increment();
            int held = blind.size();
            for (Item i : outbox) {
                held += i.rows().length;
            }
            for (Inflight f : inflight.values()) {
                held += f.item.rows().length;
            }
            outbox.clear();
            blind.clear();
            inflight.clear();
            sim.undeliverable(held);
            if (channel != null) {
                channel.close();
            }
            return;
        }
        authCode = r.authCode();
        handshake();
    }

    private void command(Jt808Header h, PlatformMessage p) {
        sim.counters().commands.increment();
        if (p instanceof LocationQuery) {
            LocationReport r = lastRow >= 0 ? report(lastRow) : LocationReport.builder().time(Instant.now()).build();
            sendNow(new LocationQueryResponse(h.serial(), r));
        } else {
            sendNow(new TerminalGeneralResponse(h.serial(), h.messageId(), 0));
        }
    }

    // --- time ---

    /** Called every tick on the terminal's event loop: retransmissions, heartbeats, handshake timeouts, reconnects. */
    void tick(long now) {
        switch (state) {
            case DISCONNECTED -> {
                if (reconnectAt != Long.MIN_VALUE && now >= reconnectAt) {
                    reconnectAt = Long.MIN_VALUE;
                    connect();
                }
            }
            case REGISTERING, AUTHENTICATING -> {
                if (now > handshakeDeadline) {
                    handshakeTimedOut(now);
                }
            }
            case ONLINE -> retransmitDue(now);
            default -> { }
        }
    }

    private void retransmitDue(long now) {
        boolean gaveUp = false;
        Iterator<Inflight> it = inflight.values().iterator();
        while (it.hasNext()) {
            Inflight f = it.next();
            if (now < f.deadline) {
                continue;
            }
            if (f.attempts < sim.policy().sendings()) {
                send(f, false);
            } else {
                // no acknowledgement after the last retransmission: keep the fixes for a blind-area re-upload
                it.remove();
                for (int row : f.item.rows()) {
                    blind.add(row);
                }
                sim.counters().gaveUp.increment();
                gaveUp = true;
            }
        }
        if (gaveUp) {
            flushBlind();
            pump();
        }
        if (now - lastSend > sim.config().heartbeat().toNanos() && channel != null) {
            sendNow(new Heartbeat());
        }
    }

    private String terminalId() {
        return String.format("T%06d", index % 1_000_000);
    }

    private String imei() {
        return String.format("86%013d", index);
    }

    /** The Netty side of the terminal: bytes in, messages to the terminal. */
    private final class Handler extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                byte[] bytes = new byte[buf.readableBytes()];
                buf.readBytes(bytes);
                for (byte[] frame : splitter.feed(bytes)) {
                    try {
                        received(sim.decoder().decode(frame));
                    } catch (Jt808Exception e) {
                        sim.counters().badFramesReceived.increment();
                    }
                }
            } finally {
                buf.release();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
