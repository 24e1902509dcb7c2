package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.SubpackageException;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.testkit.Generator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The assembler's memory: what it accounts bounds what it holds, whatever fragments arrive, the bounds
 * hold after every offer, and missing indices are reported right without a list per index.
 */
class AssemblerProperties {

    /** One fragment: its terminal, message, claimed total, index, body length and check code. */
    record Fragment(int phone, int messageId, int total, int index, int bytes, boolean checksumOk) {
        Jt808Frame frame() {
            Jt808Header h = Jt808Header.of(messageId, ProtocolVersion.V2013, Integer.toString(phone), 1)
                    .withSubpackage(total, index);
            return Jt808Frame.of(h, new byte[bytes], checksumOk);
        }
    }

    static Generator<Fragment> fragments() {
        return (r, size) -> {
            int total = r.nextBoolean() ? r.nextInt(1, 9) : r.nextInt(1, 65536);
            return new Fragment(r.nextInt(1, 13), 0x0800 + r.nextInt(0, 4), total, r.nextInt(1, total + 1),
                    r.nextInt(0, 1024), r.nextInt(0, 16) != 0);
        };
    }

    @Test
    void accountedBytesBoundWhatIsHeldAndTheBoundsHoldAfterEveryOffer() {
        long maxTotal = 48 * 1024;
        Generator<List<Fragment>> sequences = Generator.listOf(fragments(), 0, 200);
        PropertyCheck.forAll(300, (r, size) -> sequences.next(r, 200), List::toString, sequence -> {
            SubpackageAssembler a = new SubpackageAssembler(3, 16 * 1024, 6, maxTotal, Duration.ofSeconds(60),
                    Clock.systemUTC());
            List<SubpackageAssembler.Incomplete> dropped = new ArrayList<>();
            for (Fragment f : sequence) {
                try {
                    a.offer(f.frame(), dropped::add);
                } catch (SubpackageException refused) {
                    assertTrue(!f.checksumOk(), "only a wrong check code is refused here: " + refused.getMessage());
                }
                assertTrue(a.accountedBytes() >= a.retainedBytesByWalk(),
                        a.accountedBytes() + " accounted, " + a.retainedBytesByWalk() + " held");
                assertTrue(a.accountedBytes() <= maxTotal, a.accountedBytes() + " over " + maxTotal);
                assertTrue(a.pendingMessages() <= 3 * 6);
            }
            for (SubpackageAssembler.Incomplete i : dropped) {
                List<Integer> m = i.missing();
                assertTrue(m.size() >= 1 && m.size() <= i.total(), i.toString());
                assertTrue(m.get(0) >= 1 && m.get(m.size() - 1) <= i.total(), i.toString());
            }
            a.drain();
            assertEquals(0, a.accountedBytes());
        });
    }

    @Test
    void missingIndicesAreTheOnesNotReceived() {
        Generator<TreeSet<Integer>> received = (r, size) -> {
            TreeSet<Integer> s = new TreeSet<>();
            int n = r.nextInt(0, 20);
            for (int i = 0; i < n; i++) {
                s.add(r.nextInt(1, 41));
            }
            return s;
        };
        PropertyCheck.forAll(300, received, TreeSet::toString, got -> {
            SubpackageAssembler a = SubpackageAssembler.withDefaults();
            for (int index : got) {
                a.offer(new Fragment(1, 0x0801, 40, index, 3, true).frame());
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                if (!got.contains(i)) {
                    expected.add(i);
                }
            }
            if (got.isEmpty()) {
                return;
            }
            assertEquals(expected, a.pending("000000000001", 0x0801, 40).orElseThrow().missing());
        });
    }

    @Test
    void aHugeClaimedTotalCostsWhatArrivedNotWhatWasClaimed() {
        SubpackageAssembler a = SubpackageAssembler.withDefaults();
        a.offer(new Fragment(1, 0x0801, 65535, 1, 10, true).frame());
        a.offer(new Fragment(1, 0x0801, 65535, 65535, 10, true).frame());
        assertTrue(a.accountedBytes() < 2_000, a.accountedBytes() + " bytes for two fragments");
        SubpackageAssembler.Incomplete i = a.pending("000000000001", 0x0801, 65535).orElseThrow();
        assertEquals(65533, i.missing().size());
        assertEquals(2, i.missing().get(0));
        assertEquals(65534, i.missing().get(65532));
        assertEquals(255, i.toRetransmitRequest().packageIds().size(), "one 0x8003 carries at most 255 indices");
        assertEquals(257, i.toRetransmitRequests().size());
    }

    @Test
    void twentyThousandTerminalsClaimingHugeTotalsFitTheBoundInRealHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        SubpackageAssembler a = new SubpackageAssembler(8, 1 << 20, 100_000, 8L << 20, Duration.ofSeconds(60),
                Clock.systemUTC());
        for (int phone = 1; phone <= 20_000; phone++) {
            a.offer(new Fragment(phone, 0x0801, 65535, 1, 16, true).frame(), i -> { });
        }
        long held = usedAfterGc(memory) - before;
        assertTrue(a.accountedBytes() <= 8L << 20, "accounted " + a.accountedBytes());
        assertTrue(held <= a.accountedBytes() + (2L << 20), "held " + held + " accounted " + a.accountedBytes());
        assertTrue(a.pendingMessages() > 5_000, "the newest terminals are kept: " + a.pendingMessages());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
