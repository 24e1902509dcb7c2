package io.github.jiguan.examples.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a UTF-8 text file through a writer, such as the fuel disclosure's CSV or HTML page. */
public final class TextFile {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        /** Writes the text to {@code w}. */
        void write(Writer w) throws IOException;
    }

    private TextFile() {
    }

    /**
     * Writes {@code file} anew with what {@code body} writes, creating its directory if needed.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void write(Path file, Body body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
