package io.github.jiguan.examples.gateway.location;

import io.github.jiguan.examples.gateway.metrics.GatewayMetrics;
import io.github.jiguan.examples.gateway.session.ReadGate;
import io.github.jiguan.examples.gateway.session.Replies;
import io.github.jiguan.examples.gateway.session.Session;
import io.github.jiguan.examples.gateway.storage.BadFrameRow;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.examples.gateway.storage.Completion;
import io.github.jiguan.examples.gateway.storage.PositionRow;
import io.github.jiguan.examples.gateway.storage.StorageWork;
import io.github.jiguan.examples.gateway.wire.Inbound;
import io.github.jiguan.examples.gateway.wire.InboundMessage;
import io.github.jiguan.examples.gateway.wire.InboundReport;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
import io.github.jiguan.telematics.jt808.message.GeneralResult;
import io.github.jiguan.telematics.jt808.message.LocationQueryResponse;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the positions of an authenticated terminal and acknowledges them only once stored: a 0x0200
 * location report (read through the codec's frame view when it is clean, {@link InboundReport}, else
 * decoded), a 0x0704 batch (normal or blind-area re-upload) and the position in a 0x0201 answer
 * (which needs no acknowledgement) go to the {@link BatchWriter}; the 0x8001 leaves when the batch that
 * holds them has committed. A retransmission of one of the connection's last reports is answered
 * without storing it again ({@link RecentReports}). When the writer is saturated the connection stops
 * reading until it drains.
 * A report whose time is not a date cannot be stored: it is answered with "message error" and kept in
 * {@code bad_frames}. Stateless (the state is the connection's {@code Session}) and shared by every connection.
 */
@io.netty.channel.ChannelHandler.Sharable
public final class LocationHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(LocationHandler.class);
    private static final Jt808Encoder ENCODER = Jt808Encoder.standard();

    private final BatchWriter writer;
    private final GatewayMetrics metrics;

    /** A handler storing through {@code writer}. */
    public LocationHandler(BatchWriter writer, GatewayMetrics metrics) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof InboundReport r) {
            Session s = Session.of(ctx.channel());
            store(ctx, r, List.of(PositionRow.of(s.phone(), s.vehicleId(), r, r.messageId())), true);
            return;
        }
        if (msg instanceof InboundMessage m) {
            Object body = m.message().body();
            if (body instanceof LocationReport r) {
                store(ctx, m, List.of(r), false, true);
                return;
            }
            if (body instanceof BatchLocationUpload b) {
                store(ctx, m, b.locations(), b.isBlindAreaUpload(), true);
                return;
            }
            if (body instanceof LocationQueryResponse q) {
                store(ctx, m, List.of(q.location()), false, false);
                // the command handler correlates the answer
            }
        }
        ctx.fireChannelRead(msg);
    }

    private void store(ChannelHandlerContext ctx, InboundMessage m, List<LocationReport> reports, boolean blind,
            boolean acknowledge) {
        Session s = Session.of(ctx.channel());
        List<PositionRow> rows = new ArrayList<>(reports.size());
        for (LocationReport r : reports) {
            if (r.time().isEmpty()) {
                badTime(ctx, s, m, r);
                continue;
            }
            rows.add(PositionRow.of(s.phone(), s.vehicleId(), r, m.messageId(), blind, m.receivedAtMillis()));
        }
        store(ctx, m, rows, acknowledge);
    }

    /** Stores {@code rows} of message {@code m} and acknowledges {@code m} once they are committed. */
    private void store(ChannelHandlerContext ctx, Inbound m, List<PositionRow> rows, boolean acknowledge) {
        Channel ch = ctx.channel();
        Jt808Header request = m.header();
        if (rows.isEmpty()) {
            if (acknowledge) {
                Replies.general(ch, request, GeneralResult.MESSAGE_ERROR);
            }
            return;
        }
        RecentReports recent = RecentReports.of(ch);
        if (rows.size() == 1 && acknowledge) {
            PositionRow only = rows.get(0);
            int slot = recent.find(only.fixTimeMillis(), only.reportHash());
            if (slot >= 0) {
                // a retransmission: answered from what is known, without storing it again
                Runnable ack = () -> acknowledge(ch, request, m.receivedNanos());
                if (recent.isCommitted(slot)) {
                    ack.run();
                } else {
                    recent.whenCommitted(slot, ack);
                }
                return;
            }
        }
        for (PositionRow r : rows) {
            recent.add(r.fixTimeMillis(), r.reportHash());
        }
        Completion done = new Completion() {
            @Override
            public void committed() {
                ch.eventLoop().execute(() -> {
                    for (PositionRow r : rows) {
                        recent.committed(r.fixTimeMillis(), r.reportHash());
                    }
                    if (acknowledge) {
                        acknowledge(ch, request, m.receivedNanos());
                    }
                });
            }

            @Override
            public void refused(Exception cause) {
                ch.eventLoop().execute(() -> {
                    for (PositionRow r : rows) {
                        recent.forget(r.fixTimeMillis(), r.reportHash());
                    }
                    if (acknowledge) {
                        Replies.general(ch, request, GeneralResult.FAILURE);
                    }
                });
            }
        };
        if (!writer.submit(new StorageWork.Positions(rows, done))) {
            return; // the gateway is stopping: not stored, not acknowledged
        }
        if (writer.saturated()) {
            ReadGate gate = ReadGate.of(ch, metrics::pausedChange);
            if (!gate.isClosed(ReadGate.Reason.STORAGE)) {
                gate.close(ReadGate.Reason.STORAGE);
                writer.whenDrained(() -> ch.eventLoop().execute(() -> gate.open(ReadGate.Reason.STORAGE)));
            }
        }
    }

    private void acknowledge(Channel ch, Jt808Header request, long receivedNanos) {
        Replies.general(ch, request, GeneralResult.SUCCESS);
        metrics.ackLatency(System.nanoTime() - receivedNanos);
    }

    private void badTime(ChannelHandlerContext ctx, Session s, InboundMessage m, LocationReport r) {
        metrics.decodeError("InvalidTime");
        String what = "location time is not a date: " + r.bcdTime().digits();
        LOG.warn("{} from {} on {}", what, s.phone(), s.connection());
        byte[] frame;
        try {
            frame = ENCODER.encode(m.message());
        } catch (IllegalArgumentException e) {
            frame = new byte[0];
        }
        writer.submit(new StorageWork.BadFrame(new BadFrameRow(m.receivedAtMillis(), s.connection(), s.phone(),
                "InvalidTime", what + " (" + MessageId.hex(m.messageId()) + ")", 22, frame)));
    }
}
