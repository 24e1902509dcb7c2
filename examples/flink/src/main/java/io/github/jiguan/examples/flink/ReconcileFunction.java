package io.github.jiguan.examples.flink;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.StateCodec;
import io.github.jiguan.core.reconcile.StreamingAudit;
import io.github.jiguan.core.reconcile.VehicleStream;
import io.github.jiguan.core.track.Fix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The thin shell around core: per vehicle (the key) it keeps a {@link VehicleStream} snapshot in
 * keyed state and hands it every fix and order; every rule is core's. Fixes wait in buckets of the evaluation interval
 * buckets (one event-time timer each) until the watermark passes them, so the vehicle's stream is
 * restored, fed and saved once per bucket, not once per fix; orders wait for the next timer. A
 * timer at the end of time (the end of a bounded input) finishes the stream and emits the
 * vehicle's summary. Data older than the watermark goes to {@link #LATE}, never silently away;
 * rows the parser rejected and data of vehicles not in the register go to {@link #REJECTED}.
 */
public final class ReconcileFunction extends KeyedProcessFunction<String, InputRow, OutputRow> {

    private static final long serialVersionUID = 1L;
    private static final TypeInformation<byte[]> BYTES = PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO;

    /** Fixes and orders that came after the watermark had passed them. */
    public static final OutputTag<OutputRow> LATE = new OutputTag<>("late", TypeInformation.of(OutputRow.class));
    /** Rows the parser rejected, and data of vehicles that are not in the register. */
    public static final OutputTag<OutputRow> REJECTED = new OutputTag<>("rejected", TypeInformation.of(OutputRow.class));

    /** The columns of late.csv. */
    public static final List<String> LATE_HEADER = List.of("kind", "vehicle_id", "id", "time", "watermark");

    private final JobSettings settings;
    private transient StreamingAudit audit;
    private transient Map<String, Vehicle> register;
    private transient Language language;
    private transient long every;
    private transient ValueState<byte[]> stream;
    private transient MapState<Long, List<byte[]>> due;
    private transient ListState<byte[]> orders;
    private transient ValueState<long[]> meter;

    /** A function for the job's settings. */
    public ReconcileFunction(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        ImportLog quiet = ImportLog.lenient(r -> { }); // the client reported the register's bad rows
        audit = StreamingAudit.of(settings.calendar(quiet), ReconcilePolicy.defaults(), settings.period());
        register = new HashMap<>();
        settings.vehicles(quiet).forEach(v -> register.put(v.id(), v));
        language = Language.parse(settings.language());
        every = settings.evaluateEvery().toMillis();
        stream = getRuntimeContext().getState(new ValueStateDescriptor<>("stream", BYTES));
        due = getRuntimeContext().getMapState(new MapStateDescriptor<>("due", Types.LONG, Types.LIST(BYTES)));
        orders = getRuntimeContext().getListState(new ListStateDescriptor<>("orders", BYTES));
        meter = getRuntimeContext().getState(new ValueStateDescriptor<>("meter", long[].class));
    }

    @Override
    public void processElement(InputRow row, Context ctx, Collector<OutputRow> out) throws Exception {
        if (row.kind == InputRow.Kind.REJECTED) {
            ctx.output(REJECTED, OutputRow.of(OutputRow.Kind.REJECTED, "", row.text));
            return;
        }
        Vehicle vehicle = register.get(row.vehicleId);
        if (vehicle == null) {
            ctx.output(REJECTED, OutputRow.of(OutputRow.Kind.REJECTED, row.vehicleId, row.kind.name().toLowerCase()
                    + " of vehicle_id " + row.vehicleId + ": is not in the vehicle register"));
            return;
        }
        if (stream.value() == null) {
            stream.update(audit.open(vehicle).snapshot());
            meter.update(new long[3]);
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }
        long w = ctx.timerService().currentWatermark();
        if (row.kind == InputRow.Kind.FIX) {
            Fix f = StateCodec.fix(row.payload);
            if (StreamingAudit.isLate(f, w)) {
                ctx.output(LATE, late("fix", f.vehicleId(), "", f.time(), w));
                return;
            }
            long bucket = Math.floorDiv(f.time().toEpochMilli(), every) * every + every;
            List<byte[]> waiting = due.get(bucket);
            List<byte[]> list = waiting == null ? new ArrayList<>() : waiting;
            list.add(row.payload);
            due.put(bucket, list);
            ctx.timerService().registerEventTimeTimer(bucket);
            count(row.payload.length);
        } else if (row.kind == InputRow.Kind.ORDER) {
            DispatchOrder o = StateCodec.order(row.payload);
            if (audit.isLate(o, w)) {
                ctx.output(LATE, late("order", o.vehicleId(), o.orderId(), o.windowStart(), w));
                return;
            }
            orders.add(row.payload);
            count(row.payload.length);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<OutputRow> out) throws Exception {
        Vehicle vehicle = register.get(ctx.getCurrentKey());
        byte[] saved = stream.value();
        if (vehicle == null || saved == null) {
            return;
        }
        VehicleStream s = audit.restore(vehicle, saved);
        Consumer<Finding> emit = f -> out.collect(OutputRow.finding(f, language));
        for (byte[] o : orders.get()) {
            take(s, StateCodec.order(o), ctx); // on time when it came, so the stream is not past it
        }
        orders.clear();
        if (timestamp == Long.MAX_VALUE) {
            for (List<byte[]> fixes : due.values()) {
                fixes.forEach(f -> take(s, StateCodec.fix(f), ctx));
            }
            out.collect(OutputRow.summary(s.finish(emit)).withState(meter.value()));
            stream.clear();
            due.clear();
            meter.clear();
            return;
        }
        List<byte[]> fixes = due.get(timestamp);
        if (fixes != null) {
            fixes.forEach(f -> take(s, StateCodec.fix(f), ctx));
            due.remove(timestamp);
            count(-fixes.stream().mapToLong(f -> f.length).sum());
        }
        s.advance(timestamp, emit);
        byte[] now = s.snapshot();
        stream.update(now);
        long[] m = meter.value();
        m[2] = Math.max(m[2], now.length);
        meter.update(m);
    }

    /** Hands a fix to the stream; one it refuses is reported late rather than lost. */
    private void take(VehicleStream s, Fix f, OnTimerContext ctx) {
        if (!s.accept(f)) {
            ctx.output(LATE, late("fix", f.vehicleId(), "", f.time(), s.watermark()));
        }
    }

    /** Hands an order to the stream; one it refuses is reported late rather than lost. */
    private void take(VehicleStream s, DispatchOrder o, OnTimerContext ctx) {
        if (!s.accept(o)) {
            ctx.output(LATE, late("order", o.vehicleId(), o.orderId(), o.windowStart(), s.watermark()));
        }
    }

    /** Keeps the bytes waiting in buckets and their peak, for the summary. */
    private void count(long bytes) throws java.io.IOException {
        long[] m = meter.value();
        m[0] += bytes;
        m[1] = Math.max(m[1], m[0]);
        meter.update(m);
    }

    private static OutputRow late(String kind, String vehicle, String id, Instant time, long watermark) {
        return OutputRow.of(OutputRow.Kind.LATE, vehicle, kind, vehicle, id, ChinaTime.format(time),
                ChinaTime.format(Instant.ofEpochMilli(watermark)));
    }
}
