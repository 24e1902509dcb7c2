package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import io.github.jiguan.telematics.jt808.message.UplinkPassthrough;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BENCH = "7e02000058013912345678000700000000000000030271365807079cea0140028c00572501060921"
            + "3001040001e240020201c80302028a040200011101001206010000004d00130700000058012c012504000000052a0200022b04"
            + "0064003230011931010e0f7e";
    private record Result(int status, List<JsonNode> objects, String err) {
    }

    private static Result run(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = JiguanCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        List<JsonNode> objects = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                objects.add(JSON.readTree(line));
            }
        }
        return new Result(status, objects, err.toString());
    }

    private static Set<String> fields(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }

    @Test
    void aLocationReportHasTheLocationFields() throws IOException {
        Result r = run("decode", "--hex", BENCH);
        assertEquals(0, r.status());
        JsonNode m = r.objects().get(0);
        assertEquals(Set.of("msgId", "phone", "serial", "version", "verified", "typed", "body", "latitude", "longitude",
                "altitudeM", "speedKmh", "direction", "time", "acc", "positioned", "alarms", "items"), fields(m));
        assertEquals("0x0200", m.get("msgId").asText());
        assertEquals("013912345678", m.get("phone").asText());
        assertEquals(7, m.get("serial").asInt());
        assertEquals("2013", m.get("version").asText());
        assertTrue(m.get("verified").asBoolean());
        assertEquals(40.973912, m.get("latitude").asDouble());
        assertEquals(117.939434, m.get("longitude").asDouble());
        assertEquals(65.2, m.get("speedKmh").asDouble());
        assertEquals("2025-01-06T09:21:30+08:00", m.get("time").asText());
        assertEquals(12, m.get("items").size());
        assertEquals("Mileage", m.get("items").get(0).get("type").asText());
        assertEquals(12345.6, m.get("items").get(0).get("km").asDouble());
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void eachLocationOfABatchHasTheLocationFields() throws IOException {
        LocationReport fix = LocationReport.builder().position(38.0428, 114.5149).speedKmh(42.5).direction(90)
                .time(Instant.parse("2025-01-06T01:21:30Z")).status(Set.of(StatusFlag.ACC_ON, StatusFlag.POSITIONED))
                .items(List.of(new AdditionalItem.SatelliteCount(9))).build();
        Jt808Header h = Jt808Header.of(MessageId.BATCH_LOCATION_UPLOAD, ProtocolVersion.V2019, "13912345678", 3);
        byte[] frame = Jt808Encoder.standard().encode(h, BatchLocationUpload.of(1, List.of(fix, fix, fix)));
        JsonNode m = run("decode", "--hex", hex(frame)).objects().get(0);
        assertEquals("0x0704", m.get("msgId").asText());
        assertEquals("2019", m.get("version").asText());
        assertEquals("00000000013912345678", m.get("phone").asText());
        JsonNode body = m.get("body");
        assertEquals(1, body.get("type").asInt(), "blind-area re-upload");
        assertEquals(3, body.get("locations").size());
        for (JsonNode l : body.get("locations")) {
            assertEquals(Set.of("latitude", "longitude", "altitudeM", "speedKmh", "direction", "time", "acc", "positioned",
                    "alarms", "items"), fields(l));
            assertEquals(38.0428, l.get("latitude").asDouble());
            assertEquals("2025-01-06T09:21:30+08:00", l.get("time").asText());
            assertEquals(9, l.get("items").get(0).get("count").asInt());
        }
    }

    @Test
    void aBadFrameIsAnErrorObjectAndTheNextFrameStillDecodes(@TempDir Path dir) throws IOException {
        String bad = BENCH.substring(0, BENCH.length() - 4) + "0e7e";
        Path file = dir.resolve("frames.hex");
        Files.writeString(file, "# captured\n" + bad + "\n\n" + "7e000200000139123456780001337e\n" + BENCH + "\n",
                StandardCharsets.UTF_8);
        Result strict = run("decode", "--in", file.toString(), "--strict");
        assertEquals(1, strict.status());
        assertEquals(3, strict.objects().size());
        JsonNode error = strict.objects().get(0);
        assertEquals(Set.of("error", "offset", "detail"), fields(error));
        assertEquals("ChecksumMismatch", error.get("error").asText());
        assertEquals(101, error.get("offset").asInt());
        assertEquals("0x0002", strict.objects().get(1).get("msgId").asText());
        assertEquals("0x0200", strict.objects().get(2).get("msgId").asText());
        Result lenient = run("decode", "--in", file.toString());
        assertFalse(lenient.objects().get(0).get("verified").asBoolean());
        assertEquals(0, lenient.status());
    }

    @Test
    void aRawStreamIsCutIntoFramesAndSubpackagesAreReassembled(@TempDir Path dir) throws IOException {
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        Jt808Encoder small = Jt808Encoder.of(BodyCodecRegistry.standard(), 128);
        Jt808Header h = Jt808Header.of(MessageId.UPLINK_PASSTHROUGH, ProtocolVersion.V2013, "13912345678", 40);
        List<byte[]> parts = small.encodeAll(h, new UplinkPassthrough(0xF0, Octets.of(data)));
        List<byte[]> lost = small.encodeAll(h.withSerial(50), new UplinkPassthrough(0xF1, Octets.of(new byte[500])));
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        stream.writeBytes(HexFormat.of().parseHex(BENCH));
        stream.writeBytes(HexFormat.of().parseHex("24242424"));
        stream.writeBytes(parts.get(2));
        stream.writeBytes(parts.get(0));
        stream.writeBytes(lost.get(0));
        stream.writeBytes(parts.get(1));
        Path file = dir.resolve("stream.bin");
        Files.write(file, stream.toByteArray());
        Result r = run("decode", "--in", file.toString(), "--binary");
        List<String> ids = r.objects().stream().map(o -> o.has("msgId") ? o.get("msgId").asText() : o.get("error").asText())
                .toList();
        assertEquals(List.of("0x0200", "0x0900", "0x0900", "0x0900", "0x0900", "0x0900", "IncompleteSubpackage"), ids,
                "the report, three fragments, a fragment of a message that never completes, the whole message");
        assertFalse(r.objects().get(1).get("typed").asBoolean(), "a fragment is raw until its message is whole");
        JsonNode whole = r.objects().get(5);
        assertTrue(whole.get("typed").asBoolean());
        assertTrue(whole.get("reassembled").asBoolean());
        assertEquals(40, whole.get("serial").asInt());
        assertEquals(hex(data), whole.get("body").get("content").asText());
        assertTrue(r.objects().get(6).get("detail").asText().contains("missing fragments [2, 3, 4] of 4"),
                r.objects().get(6).toString());
        assertEquals(1, r.status());
    }

    @Test
    void anUnknownMessageIdIsRawWithoutError() throws IOException {
        Result r = run("decode", "--hex", "7e550100030139123456780001 0a0b0c 6b 7e".replace(" ", ""));
        JsonNode m = r.objects().get(0);
        assertEquals("0x5501", m.get("msgId").asText());
        assertFalse(m.get("typed").asBoolean());
        assertEquals("0a0b0c", m.get("body").asText());
    }

    @Test
    void eitherHexOrInIsRequired() throws IOException {
        Result r = run("decode");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--hex") && r.err().contains("--in"), r.err());
    }

    @Test
    void aFileThatCannotBeReadIsOneLineWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("capture.bin");
        Files.write(binary, new byte[] {0x7e, 0x02, 0x00, (byte) 0xff, (byte) 0xfe, 0x00, 0x7e});
        for (String[] args : List.of(new String[] {"decode", "--in", dir.resolve("missing.hex").toString()},
                new String[] {"decode", "--in", dir.toString()}, new String[] {"decode", "--in", binary.toString()})) {
            Result r = run(args);
            assertEquals(2, r.status(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("jiguan decode: "), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        assertTrue(run("decode", "--in", binary.toString()).err().contains("--binary"));
        assertTrue(run("decode", "--in", dir.resolve("missing.hex").toString()).err().contains("no such file"));
        assertTrue(run("decode", "--in", dir.toString()).err().contains("is a directory"));
    }

    @Test
    void aHexFileWithAByteOrderMarkDecodes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frames.hex");
        Files.writeString(file, "\uFEFF" + BENCH + "\r\n", StandardCharsets.UTF_8);
        Result r = run("decode", "--in", file.toString(), "--strict");
        assertEquals(0, r.status());
        assertEquals("0x0200", r.objects().get(0).get("msgId").asText());
    }

    @Test
    void aFragmentTheAssemblerRefusesIsOneObjectWithItsError() throws IOException {
        // lenient mode: a 0x0900 fragment whose index (0) is out of range decodes, and says why it is not assembled
        byte[] content = HexFormat.of().parseHex("09002003013912345678000100020000" + "f00102");
        byte[] frame = io.github.jiguan.telematics.jt808.Jt808Frame.escape(content, 0, content.length);
        Result r = run("decode", "--hex", hex(frame));
        assertEquals(1, r.objects().size(), r.objects().toString());
        JsonNode m = r.objects().get(0);
        assertEquals("0x0900", m.get("msgId").asText());
        assertEquals("Subpackage", m.get("error").asText());
        assertTrue(m.get("detail").asText().contains("out of range"), m.toString());
        assertEquals(1, r.status());
    }

    @Test
    void aLengthFieldThatClaimsMoreThanThereIsShowsTheErrorInItsObject() throws IOException {
        byte[] content = HexFormat.of().parseHex("020003ff013912345678000100000000" + "00");
        byte[] frame = io.github.jiguan.telematics.jt808.Jt808Frame.escape(content, 0, content.length);
        Result r = run("decode", "--hex", hex(frame));
        assertEquals(1, r.objects().size());
        JsonNode m = r.objects().get(0);
        assertFalse(m.get("lengthOk").asBoolean());
        assertEquals("TruncatedBody", m.get("error").asText());
        assertEquals(1, r.status());
    }

    @Test
    void framesSharingADelimiterAndAStrayTrailingDelimiterDecodeCleanly(@TempDir Path dir) throws IOException {
        byte[] heartbeat = HexFormat.of().parseHex("7e000200000139123456780001337e");
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        stream.writeBytes(HexFormat.of().parseHex(BENCH));
        stream.writeBytes(java.util.Arrays.copyOfRange(heartbeat, 1, heartbeat.length)); // shares BENCH's closing 7e
        stream.write(0x7e);
        Path file = dir.resolve("stream.bin");
        Files.write(file, stream.toByteArray());
        Result r = run("decode", "--in", file.toString(), "--binary", "--strict");
        assertEquals(List.of("0x0200", "0x0002"), r.objects().stream().map(o -> o.get("msgId").asText()).toList());
        assertEquals(0, r.status());
    }
}
