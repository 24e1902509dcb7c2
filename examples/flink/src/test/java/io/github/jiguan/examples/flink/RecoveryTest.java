package io.github.jiguan.examples.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.fleet.Vehicle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job fails once after its first completed checkpoint and Flink restores it from that
 * checkpoint: the findings are the uninterrupted batch's, none twice.
 */
class RecoveryTest {

    /** Fails the job once, at the first record after a checkpoint completed. */
    static final class FailOnceAfterCheckpoint extends RichMapFunction<OutputRow, OutputRow> implements CheckpointListener {
        private static final long serialVersionUID = 1L;
        static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
        static final AtomicBoolean FAILED = new AtomicBoolean();

        @Override
        public OutputRow map(OutputRow value) {
            if (CHECKPOINTED.get() && !FAILED.getAndSet(true)) {
                throw new IllegalStateException("stopped on purpose after a checkpoint");
            }
            return value;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            CHECKPOINTED.set(true);
        }
    }

    @Test
    void restoredFromACheckpointTheFindingsAreTheBatchsWithNoneTwice(@TempDir Path dir) throws Exception {
        CountyFiles county = CountyFiles.generate();
        county.write(dir, county.fixes);
        Configuration config = new Configuration();
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(50));
        StreamExecutionEnvironment env = ReconcileJob.environment(config, 2, 100);
        DataStream<OutputRow> out = ReconcileJob.build(env, county.settings(dir, Duration.ofDays(7)),
                        dir.resolve("fixes.csv"), dir.resolve("orders.csv"),
                        county.fleet.vehicles().stream().map(Vehicle::id).toList())
                .map(new FailOnceAfterCheckpoint()).returns(TypeInformation.of(OutputRow.class));
        ReconcileJob.Result result = ReconcileJob.collect(out);
        assertTrue(FailOnceAfterCheckpoint.FAILED.get(), "the job was stopped after a checkpoint");
        assertEquals(county.cliFindings(dir), CountyFiles.lines(result.findings()));
        assertEquals(county.fleet.vehicles().size(), result.summaries().size(), "each vehicle finished once");
    }
}
