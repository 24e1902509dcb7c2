package io.github.jiguan.examples.cli;

import io.github.jiguan.telematics.jt808.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.DecodeOptions;
import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Exception;
import io.github.jiguan.telematics.jt808.Jt808Frame;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.Jt808StreamSplitter;
import io.github.jiguan.telematics.jt808.ProtocolVersion;
import io.github.jiguan.telematics.jt808.SubpackageAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan decode}: decodes JT/T 808 frames to JSON, one object per frame on stdout. A frame
 * that cannot be decoded gives {"error", "offset", "detail"} and decoding goes on with the next.
 * Fragments of a subpackaged message are printed as they come (raw) and, once all have arrived, the
 * reassembled message follows as one more object.
 */
@Command(name = "decode", mixinStandardHelpOptions = true, description = {
        "Decode JT/T 808 (2011/2013/2019) frames to JSON, one object per frame.",
        "Input: --hex with one frame, or --in with a file of hex frames (one per line, # comments), or with",
        "--binary a raw captured TCP stream. Errors are printed as {\"error\",\"offset\",\"detail\"}; decoding",
        "goes on. Exit status 0 when every frame decoded, 1 when some did not."})
final class DecodeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(multiplicity = "1")
    private Input input;

    static final class Input {
        @Option(names = "--hex", paramLabel = "HEX", description = "one frame in hex, 7e to 7e (spaces allowed)")
        String hex;

        @Option(names = "--in", paramLabel = "FILE", description = "a file of hex frames, one per line; see --binary")
        Path file;
    }

    @Option(names = "--binary", description = "read --in as a raw TCP stream and cut it into frames")
    private boolean binary;

    @Option(names = "--strict", description = "a wrong check code or body length is an error (default: lenient, "
            + "such frames decode with verified=false, as real terminals send them)")
    private boolean strict;

    @Option(names = "--assume-2011", description = "read frames without the 2019 flag as JT/T 808-2011 where "
            + "layouts differ (0x0702, 0x0801, 0x0802); 0x0100 is told apart by length either way")
    private boolean assume2011;

    private int failures;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        DecodeOptions options = strict ? DecodeOptions.STRICT : DecodeOptions.LENIENT;
        if (assume2011) {
            options = options.withUnflaggedEdition(ProtocolVersion.V2011);
        }
        Jt808Decoder decoder = Jt808Decoder.of(BodyCodecRegistry.standard(), options);
        SubpackageAssembler assembler = SubpackageAssembler.withDefaults();
        if (input.hex != null) {
            decodeHexLine(input.hex, 1, decoder, assembler, out);
        } else if (binary) {
            decodeStream(input.file, decoder, assembler, out);
        } else {
            List<String> lines = Files.readAllLines(input.file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    decodeHexLine(line, i + 1, decoder, assembler, out);
                }
            }
        }
        for (SubpackageAssembler.Incomplete inc : assembler.drain()) {
            fail(out, Jt808Json.error("IncompleteSubpackage", 0, inc.phone() + " " + String.format("0x%04X",
                    inc.messageId()) + " missing fragments " + inc.missing() + " of " + inc.total()));
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private void decodeHexLine(String line, int lineNumber, Jt808Decoder decoder, SubpackageAssembler assembler,
            PrintWriter out) {
        byte[] frame;
        try {
            frame = HexFormat.of().parseHex(line.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            fail(out, Jt808Json.error("NotHex", 0, "line " + lineNumber + ": " + e.getMessage()));
            return;
        }
        decodeFrame(frame, 0, decoder, assembler, out);
    }

    private void decodeStream(Path file, Jt808Decoder decoder, SubpackageAssembler assembler, PrintWriter out)
            throws IOException {
        Jt808StreamSplitter splitter = new Jt808StreamSplitter();
        Jt808StreamSplitter.Sink sink = new Jt808StreamSplitter.Sink() {
            @Override
            public void frame(byte[] frame, long streamOffset) {
                decodeFrame(frame, streamOffset, decoder, assembler, out);
            }

            @Override
            public void error(Jt808Exception error) {
                fail(out, Jt808Json.error(error, error.offset()));
            }
        };
        byte[] chunk = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(chunk)) > 0; ) {
                splitter.feed(chunk, 0, n, sink);
            }
        }
        if (splitter.pendingBytes() > 0) {
            fail(out, Jt808Json.error("Truncated", splitter.position() - splitter.pendingBytes(),
                    "the stream ends inside a frame of " + splitter.pendingBytes() + " bytes"));
        }
    }

    private void decodeFrame(byte[] frame, long frameOffset, Jt808Decoder decoder, SubpackageAssembler assembler,
            PrintWriter out) {
        try {
            Jt808Message m = decoder.decode(frame);
            out.println(Jt808Json.message(m));
            if (m.header().isSubpackaged()) {
                assembler.offer(decoder.frame(frame, 0, frame.length))
                        .ifPresent(whole -> out.println(Jt808Json.message(decoder.decode(whole))));
            }
            if (m.bodyError() != null) {
                failures++;
            }
        } catch (Jt808Exception e) {
            fail(out, Jt808Json.error(e, frameOffset + wireOffset(frame, e.offset())));
        }
    }

    /** Where de-escaped byte {@code offset} (counted after the opening 0x7e) sits in the wire frame. */
    static long wireOffset(byte[] frame, long offset) {
        int wire = frame.length > 0 && frame[0] == Jt808Frame.DELIMITER ? 1 : 0;
        for (long k = 0; k < offset && wire < frame.length; k++) {
            wire += frame[wire] == Jt808Frame.ESCAPE ? 2 : 1;
        }
        return wire;
    }

    private void fail(PrintWriter out, String json) {
        failures++;
        out.println(json);
    }
}
