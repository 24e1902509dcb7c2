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
 * {@code jiguan decode}: decodes JT/T 808 frames to JSON through the codec's
 * {@link Jt808StreamDecoder}, exactly one object per input frame on stdout. A frame that cannot be
 * decoded gives {"error", "offset", "detail"}; a frame that decodes with something wrong (a body that
 * does not fit its layout, a fragment the assembler refuses) carries "error" and "detail" beside its
 * fields; decoding goes on with the next. Fragments of a subpackaged message are printed as they come
 * (raw) and, once all have arrived, the reassembled message follows as one more object, marked
 * "reassembled". A file that cannot be read is one line on stderr and exit status 2.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        header = "Decode JT/T 808 (2011/2013/2019) frames to JSON, exactly one object per input frame.",
        description = {"Decode JT/T 808 (2011/2013/2019) frames to JSON, exactly one object per input frame.",
            "Give one frame with --hex, a file of hex frames (one per line, # for comments) with --in, or a raw"
                + " captured TCP stream with --in and --binary.",
            "A frame that cannot be decoded is printed as {\"error\",\"offset\",\"detail\"} and decoding goes on."
                + " Exit status 0 when every frame decoded, 1 when some did not, 2 when the input cannot be read.",
            "The editions, options and errors are described in docs/codec.md."})
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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DecodeOptions options = strict ? DecodeOptions.STRICT : DecodeOptions.LENIENT;
        if (assume2011) {
            options = options.withUnflaggedEdition(ProtocolVersion.V2011);
        }
        Jt808StreamDecoder stream = new Jt808StreamDecoder(Jt808Decoder.of(BodyCodecRegistry.standard(), options),
                SubpackageAssembler.withDefaults());
        JsonLines listener = new JsonLines(out);
        try {
            if (input.hex != null) {
                decodeHexLine(input.hex, 1, stream, listener);
            } else {
                checkReadable(input.file);
                if (binary) {
                    decodeStream(input.file, stream, listener);
                } else {
                    decodeHexFile(input.file, stream, listener);
                }
            }
        } catch (InputProblem e) {
            out.flush();
            spec.commandLine().getErr().println("jiguan decode: " + e.getMessage());
            return 2;
        }
        stream.finish(listener);
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** A file that cannot be read as asked: said in one line, without a stack trace. */
    private static final class InputProblem extends Exception {
        InputProblem(String message) {
            super(message);
        }
    }

    private static void checkReadable(Path file) throws InputProblem {
        if (Files.isDirectory(file)) {
            throw new InputProblem(file + " is a directory; --in wants a file of hex frames, or with --binary a capture");
        }
        if (!Files.exists(file)) {
            throw new InputProblem("no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new InputProblem("cannot read " + file + " (permission denied)");
        }
    }

    private void decodeStream(Path file, Jt808StreamDecoder stream, JsonLines listener) throws InputProblem {
        byte[] chunk = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(chunk)) > 0; ) {
                stream.feed(chunk, 0, n, listener);
            }
        } catch (IOException e) {
            throw new InputProblem("cannot read " + file + ": " + e.getMessage());
        }
    }

    private void decodeHexFile(Path file, Jt808StreamDecoder stream, JsonLines listener) throws InputProblem {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputProblem(file + " is not a text file of hex frames (it is not UTF-8 text); "
                    + "add --binary to read it as a raw captured TCP stream");
        } catch (IOException e) {
            throw new InputProblem("cannot read " + file + ": " + e.getMessage());
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1)); // the byte order mark editors on Windows write
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.indexOf('\0') >= 0) {
                throw new InputProblem(file + " is not a text file of hex frames (line " + (i + 1)
                        + " holds NUL bytes); add --binary to read it as a raw captured TCP stream");
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                decodeHexLine(line, i + 1, stream, listener);
            }
        }
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
        public void reassembled(Jt808Message whole, long streamOffset) {
            out.println(Jt808Json.reassembled(whole));
            if (whole.bodyError() != null) {
                failures++;
            }
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
