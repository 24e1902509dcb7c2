package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.*;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.*;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The codec example of the README compiles and works: its Java block is the body of
 * {@link #readmeExample} below, line for line (the test fails when one changes without the other), and
 * running it on a report, a bad frame, a lone fragment and a report with a wrong check code stores, answers
 * and logs what the README says.
 */
class ReadmeExampleTest {

    private static final String BEGIN = "// README begin";
    private static final String END = "// README end";

    private final List<String> stored = new ArrayList<>();
    private final List<byte[]> sent = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Log log = (format, args) -> warnings.add(String.valueOf(args[0]));
    private byte[] bytesFromSocket;
    private int serial;

    /** The logger the example uses: SLF4J's warn(String, Object...), without binding the test to SLF4J. */
    private interface Log {
        void warn(String format, Object... args);
    }

    private void store(double lat, double lon, double speed, Optional<Instant> time, boolean acc, Set<Alarm> alarms,
            List<AdditionalItem> items) {
        stored.add(lat + " " + lon + " " + speed + " " + time.orElseThrow() + " " + acc + " " + alarms + " " + items.size());
    }

    private void send(byte[] frame) {
        sent.add(frame);
    }

    private int nextSerial() {
        return ++serial;
    }

    private Jt808Header headerTo(String phone, MessageId id) {
        return Jt808Header.of(id, ProtocolVersion.V2013, phone, nextSerial());
    }

    private void readmeExample() {
        // README begin
        Jt808StreamDecoder connection = Jt808StreamDecoder.lenient(); // one per connection, or strict()
        Jt808Encoder encoder = Jt808Encoder.standard();                 // thread-safe: share it
        Jt808StreamDecoder.Listener listener = new Jt808StreamDecoder.Listener() {
            @Override
            public void message(Jt808Message m, long offset) {       // whole or reassembled
                if (!m.verified()) {                                   // lenient: a wrong check code or body length
                    log.warn("unverified frame at stream offset {}: not acknowledged", offset);
                    return;                                            // the terminal sends it again
                }
                if (m.body() instanceof LocationReport r) {          // degrees, km/h, typed items
                    Optional<Instant> time = r.time();                 // empty when the terminal's BCD time is invalid
                    store(r.latitude(), r.longitude(), r.speedKmh(), time, r.isAccOn(), r.alarms(), r.items());
                }
                Jt808Header answer = Jt808Header.of(MessageId.PLATFORM_GENERAL_RESPONSE, m.header().version(),
                        m.header().phoneWithoutPadding(), nextSerial());
                send(encoder.encode(answer, m.header().acknowledgement(GeneralResult.SUCCESS)));
            }

            @Override
            public void incomplete(SubpackageAssembler.Incomplete lost) { // fragments that never came
                send(encoder.encode(headerTo(lost.phone(), MessageId.RETRANSMIT_REQUEST), lost.toRetransmitRequest()));
            }

            @Override
            public void error(Jt808Exception e, long offset) {         // the next frame goes on
                log.warn("{} at stream offset {}: {} [{}]", e.kind(), offset, e.getMessage(), e.hex());
            }
        };
        connection.feed(bytesFromSocket, listener);                    // as often as bytes arrive
        connection.finish(listener);                                    // when the connection closes
        // README end
    }

    @Test
    void theReadmeBlockIsThisCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Embedding telematics-codec");
        int from = readme.indexOf("```java\n", section) + "```java\n".length();
        List<String> block = List.of(readme.substring(from, readme.indexOf("```\n", from)).split("\n"));
        String source = Files.readString(Path.of("src/test/java/io/github/jiguan/telematics/jt808/ReadmeExampleTest.java"),
                StandardCharsets.UTF_8);
        List<String> body = new ArrayList<>();
        int begin = source.indexOf(BEGIN + "\n") + BEGIN.length() + 1;
        for (String line : source.substring(begin, source.indexOf(END + "\n", begin)).split("\n")) {
            body.add(line.length() >= 8 ? line.substring(8) : line.strip());
        }
        body = body.subList(0, body.size() - 1);
        List<String> imports = block.stream().filter(l -> l.startsWith("import ")).toList();
        imports.forEach(i -> assertTrue(source.contains(i), "the test imports what the README imports: " + i));
        assertEquals(String.join("\n", body), String.join("\n", block.subList(imports.size() + 1, block.size())));
    }

    @Test
    void theExampleStoresAnswersAndAsksForMissingFragments() {
        byte[] report = TestFrames.bench0200();
        byte[] fragment = Jt808Encoder.of(io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry.standard(), 100)
                .encodeAll(Jt808Header.of(MessageId.UPLINK_PASSTHROUGH, ProtocolVersion.V2013, "13912345678", 50),
                        new UplinkPassthrough(1, Octets.of(new byte[150]))).get(1);
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        stream.writeBytes(report);
        stream.writeBytes(TestFrames.hex("7e00007e"));
        stream.writeBytes(fragment);
        stream.writeBytes(report);
        long badAt = stream.size();
        byte[] badCheck = report.clone();
        badCheck[badCheck.length - 2] ^= 0x01;   // the check code, before the closing 0x7e
        stream.writeBytes(badCheck);
        bytesFromSocket = stream.toByteArray();
        readmeExample();
        assertEquals(List.of("40.973912 117.939434 65.2 2025-01-06T01:21:30Z true [] 12",
                "40.973912 117.939434 65.2 2025-01-06T01:21:30Z true [] 12"), stored);
        assertEquals(List.of("MalformedFrame", Long.toString(badAt)), warnings,
                "the 4-byte frame is too short for a header; the report with a wrong check code is not stored");
        assertEquals(3, sent.size(), "two answers and one retransmission request; no answer to the unverified report");
        Jt808Message answer = Jt808Decoder.strict().decode(sent.get(0));
        assertEquals(new PlatformGeneralResponse(7, 0x0200, 0), answer.body());
        assertEquals(new RetransmitRequest(50, List.of(1)), Jt808Decoder.strict().decode(sent.get(2)).body());
    }
}
