package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.SubpackageException;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.MultimediaData;
import io.github.jiguan.telematics.jt808.message.QueryParametersResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complete subpackage sets of the vectors (yezhihao's 0x1205 1–18 and 0x0104 1–2, SmallChi's
 * 0x0801 1–10, 0x0104 and 0x1205 1–2) reassemble in any order, with duplicates, into one message.
 */
class SubpackageVectorTest {

    private static final Jt808Decoder DECODER = Jt808Decoder.lenient();

    record FragmentSet(String name, List<Jt808Frame> fragments) {
        @Override
        public String toString() {
            return name + " (" + fragments.size() + " fragments)";
        }
    }

    static Stream<FragmentSet> completeSets() {
        Map<String, List<Jt808Frame>> sets = new LinkedHashMap<>();
        for (Vector v : Vector.all()) {
            if (!v.isFrame() || v.subpkg().equals("0")) {
                continue;
            }
            Jt808Frame f = DECODER.frame(v.wire(), 0, v.wire().length);
            String key = v.sourceRepo() + " " + v.sourcePath().substring(v.sourcePath().lastIndexOf('/') + 1) + " "
                    + v.msgId() + " v" + f.header().version().year() + " of " + f.header().subpackageTotal();
            sets.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        return sets.entrySet().stream()
                .filter(e -> e.getValue().size() == e.getValue().get(0).header().subpackageTotal())
                .map(e -> new FragmentSet(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeSets")
    void reassemblesInAnyOrderWithDuplicates(FragmentSet set) {
        assertTrue(completeSets().count() >= 5, "the README's complete sets are all found");
        List<Jt808Frame> shuffled = new ArrayList<>(set.fragments());
        Collections.shuffle(shuffled, new Random(set.name().hashCode()));
        shuffled.add(1, shuffled.get(0));
        SubpackageAssembler assembler = SubpackageAssembler.withDefaults();
        List<Jt808Frame> done = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        for (Jt808Frame f : shuffled) {
            if (!f.checksumOk()) {
                assertThrows(SubpackageException.class, () -> assembler.offer(f), "a wrong check code is never assembled");
                refused.add(f.header().subpackageIndex());
                continue;
            }
            assembler.offer(f).ifPresent(done::add);
        }
        if (!refused.isEmpty()) {
            Jt808Header h = set.fragments().get(0).header();
            assertEquals(List.of(), done, "a message with a refused fragment stays incomplete");
            List<Integer> all = java.util.stream.IntStream.rangeClosed(1, h.subpackageTotal()).boxed().toList();
            List<Integer> missing = assembler.pending(h.phone(), h.messageId(), h.subpackageTotal())
                    .map(SubpackageAssembler.Incomplete::missing).orElse(all);
            assertEquals(refused.stream().distinct().sorted().toList(), missing, "the refused fragments stay missing");
            return;
        }
        assertEquals(1, done.size(), "exactly one reassembled message");
        int expected = set.fragments().stream().mapToInt(Jt808Frame::bodyLength).sum();
        Jt808Frame whole = done.get(0);
        assertEquals(expected, whole.bodyLength());
        assertEquals(0, assembler.pendingMessages());
        Jt808Message m = DECODER.decode(whole);
        assertTrue(m.bodyError() == null, () -> String.valueOf(m.bodyError()));
        assertEquals(MessageId.fromCode(m.header().messageId()).isPresent(), m.typed());
        Optional.of(m.body()).filter(QueryParametersResponse.class::isInstance).map(QueryParametersResponse.class::cast)
                .ifPresent(b -> assertTrue(!b.parameters().isEmpty()));
        Optional.of(m.body()).filter(MultimediaData.class::isInstance).map(MultimediaData.class::cast)
                .ifPresent(b -> assertTrue(b.data().length() > 0));
    }

    @org.junit.jupiter.api.Test
    void fourOfTheCompleteSetsHaveOnlyGoodCheckCodesAndReassemble() {
        assertEquals(4, completeSets().filter(s -> s.fragments().stream().allMatch(Jt808Frame::checksumOk)).count());
    }
}
