package io.github.jiguan.examples.cli;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.Jt808StreamDecoder;
import io.github.jiguan.telematics.jt808.SubpackageAssembler;
import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

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
        Jt808StreamDecoder stream = new Jt808StreamDecoder(Jt808Decoder.of(BodyCodecRegistry.standard(), options),
                SubpackageAssembler.withDefaults());
        JsonLines listener = new JsonLines(out);
        if (input.hex != null) {
            decodeHexLine(input.hex, 1, stream, listener);
        } else if (binary) {
            byte[] chunk = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(input.file)) {
                for (int n; (n = in.read(chunk)) > 0; ) {
                    stream.feed(chunk, 0, n, listener);
                }
            }
        } else {
            List<String> lines = Files.readAllLines(input.file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    decodeHexLine(line, i + 1, stream, listener);
                }
            }
        }
        stream.finish(listener);
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private void decodeHexLine(String line, int lineNumber, Jt808StreamDecoder stream, JsonLines listener) {
        byte[] frame;
        try {
            frame = HexFormat.of().parseHex(line.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            fail(listener.out, Jt808Json.error("NotHex", 0, "line " + lineNumber + ": " + e.getMessage()));
            return;
        }
        stream.frame(frame, 0, frame.length, listener);
    }

    private void fail(PrintWriter out, String json) {
        failures++;
        out.println(json);
    }

    /** One JSON object per event of the stream decoder; errors and incomplete messages count as failures. */
    private final class JsonLines implements Jt808StreamDecoder.Listener {
        final PrintWriter out;

        JsonLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void message(Jt808Message m, long streamOffset) {
            out.println(Jt808Json.message(m));
            if (m.bodyError() != null) {
                failures++;
            }
        }

        @Override
        public void fragment(Jt808Message fragment, long streamOffset) {
            message(fragment, streamOffset);
        }

        @Override
        public void incomplete(SubpackageAssembler.Incomplete inc) {
            fail(out, Jt808Json.error("IncompleteSubpackage", 0, inc.phone() + " " + MessageId.hex(inc.messageId())
                    + " missing fragments " + inc.missing() + " of " + inc.total()));
        }

        @Override
        public void error(Jt808Exception e, long streamOffset) {
            fail(out, Jt808Json.error(e, streamOffset));
        }
    }
}
