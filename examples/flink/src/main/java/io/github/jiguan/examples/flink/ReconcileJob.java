package io.github.jiguan.examples.flink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * The pipeline: fixes.csv and orders.csv through Flink's file source (rows in file order are the
 * stream, timestamps by event time, watermarks the allowed lateness behind the latest), the
 * register's vehicle ids, keyed by vehicle into {@link ReconcileFunction}; findings, summaries,
 * late data and rejected rows come back to the client.
 */
public final class ReconcileJob {

    private ReconcileJob() {
    }

    /** What a run gave back, findings in findings.csv order. */
    public record Result(List<OutputRow> findings, List<OutputRow> summaries, List<OutputRow> late,
                         List<OutputRow> rejected) {

        /** The fixes reconciled: accepted rows of fixes.csv, late ones excluded. */
        public long fixes() {
            return summaries.stream().mapToLong(s -> Long.parseLong(s.fields[0])).sum();
        }
    }

    /**
     * Adds the pipeline to {@code env}, reading the two files.
     *
     * @param vehicleIds the register's vehicle ids: each gets its stream, data or not
     */
    public static DataStream<OutputRow> build(StreamExecutionEnvironment env, JobSettings settings, Path fixes,
                                              Path orders, Collection<String> vehicleIds) {
        return build(env, settings, file(env, InterchangeFormat.File.FIXES, fixes, settings),
                file(env, InterchangeFormat.File.ORDERS, orders, settings), vehicleIds);
    }

    /** Adds the pipeline to {@code env} over any two sources of input rows with event time assigned. */
    public static DataStream<OutputRow> build(StreamExecutionEnvironment env, JobSettings settings,
                                              DataStream<InputRow> fixes, DataStream<InputRow> orders,
                                              Collection<String> vehicleIds) {
        List<InputRow> register = vehicleIds.stream().sorted().map(InputRow::vehicle).toList();
        DataStream<InputRow> vehicles = env.fromData(register, TypeInformation.of(InputRow.class)).name("vehicles.csv");
        SingleOutputStreamOperator<OutputRow> reconciled = fixes.union(orders, vehicles)
                .keyBy(r -> r.vehicleId)
                .process(new ReconcileFunction(settings)).name("reconcile").uid("reconcile");
        return reconciled.union(reconciled.getSideOutput(ReconcileFunction.LATE),
                reconciled.getSideOutput(ReconcileFunction.REJECTED));
    }

    /**
     * The watermarks of the job: the allowed lateness behind the latest event time read, emitted
     * with the rows (each minute of event time) rather than on a wall-clock period, so that which
     * rows are late depends only on the order of the rows, not on how fast they were read.
     */
    public static WatermarkStrategy<InputRow> watermarks(JobSettings settings) {
        long lateness = settings.lateness().toMillis();
        return WatermarkStrategy.<InputRow>forGenerator(context -> new FollowTheRows(lateness))
                .withTimestampAssigner((row, previous) -> row.time);
    }

    /** The lateness behind the latest event time, emitted as the rows come. */
    static final class FollowTheRows implements WatermarkGenerator<InputRow> {
        private static final long STEP = 60_000;
        private final long lateness;
        private long emitted = Long.MIN_VALUE;

        FollowTheRows(long lateness) {
            this.lateness = lateness;
        }

        @Override
        public void onEvent(InputRow row, long timestamp, WatermarkOutput output) {
            if (row.kind == InputRow.Kind.REJECTED || timestamp == Long.MIN_VALUE) {
                return;
            }
            long w = timestamp - lateness - 1;
            if (emitted == Long.MIN_VALUE || w >= emitted + STEP) {
                emitted = w;
                output.emitWatermark(new Watermark(w));
            }
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            // nothing: a wall-clock watermark would make lateness depend on reading speed
        }
    }

    private static DataStream<InputRow> file(StreamExecutionEnvironment env, InterchangeFormat.File kind, Path file,
                                             JobSettings settings) {
        String name = file.getFileName().toString();
        FileSource<InputRow> source = FileSource.forRecordStreamFormat(new InterchangeFormat(kind, name),
                new org.apache.flink.core.fs.Path(file.toAbsolutePath().toUri())).build();
        return env.fromSource(source, watermarks(settings), name).uid(kind.name().toLowerCase() + "-source");
    }

    /**
     * Runs the job where {@code env} points (an embedded MiniCluster under {@code java -jar}, the
     * cluster under {@code flink run}) and collects what it gives back.
     */
    public static Result collect(DataStream<OutputRow> out) throws Exception {
        List<OutputRow> findings = new ArrayList<>();
        List<OutputRow> summaries = new ArrayList<>();
        List<OutputRow> late = new ArrayList<>();
        List<OutputRow> rejected = new ArrayList<>();
        try (CloseableIterator<OutputRow> it = out.executeAndCollect("jiguan reconcile")) {
            while (it.hasNext()) {
                OutputRow r = it.next();
                switch (r.kind) {
                    case FINDING -> findings.add(r);
                    case SUMMARY -> summaries.add(r);
                    case LATE -> late.add(r);
                    case REJECTED -> rejected.add(r);
                }
            }
        }
        findings.sort(OutputRow.REPORT_ORDER);
        summaries.sort(java.util.Comparator.comparing(r -> r.vehicleId));
        return new Result(findings, summaries, late, rejected);
    }

    /** An environment with {@code parallelism} and checkpoints every {@code checkpointMillis} (0: none). */
    public static StreamExecutionEnvironment environment(Configuration config, int parallelism, long checkpointMillis) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.setParallelism(parallelism);
        if (checkpointMillis > 0) {
            env.enableCheckpointing(checkpointMillis);
        }
        return env;
    }
}
