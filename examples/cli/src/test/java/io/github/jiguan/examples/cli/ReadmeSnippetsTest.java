package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md compiles against the library, as written there. Each block
 * is preceded by {@code <!-- snippet: NAME … -->}; {@code src/test/resources/readme-snippets/NAME.java}
 * is the compilation unit it goes into (the declarations the snippet takes for granted), with
 * {@code //IMPORTS} where the snippet's own imports go and {@code //SNIPPET} where the rest goes.
 * A block that cannot compile here says so and why: {@code <!-- snippet: none (REASON) -->}, such as
 * code for a library that is not a dependency of this repository.
 */
class ReadmeSnippetsTest {

    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([a-z0-9-]+)\\b.*-->");
    private static final Pattern NOT_COMPILED = Pattern.compile("<!-- snippet: none \\((.{10,})\\) -->");

    /** A java block of the README: its name, the line its code starts on, and the code. */
    record Snippet(String name, int line, List<String> code) {
    }

    static List<Snippet> snippets(List<String> readme) {
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).startsWith("```java")) {
                continue;
            }
            Matcher m = i > 0 ? MARKER.matcher(readme.get(i - 1).strip()) : null;
            boolean skipped = m != null && m.matches() && m.group(1).equals("none");
            if (skipped && !NOT_COMPILED.matcher(readme.get(i - 1).strip()).matches()) {
                fail("README.md:" + i + ": '<!-- snippet: none -->' needs the reason: '<!-- snippet: none (REASON) -->'");
            }
            if (m == null || !m.matches()) {
                fail("README.md:" + (i + 1) + ": a ```java block without '<!-- snippet: NAME -->' on the line before;"
                        + " add it and examples/cli/src/test/resources/readme-snippets/NAME.java");
            }
            int end = i + 1;
            while (end < readme.size() && !readme.get(end).startsWith("```")) {
                end++;
            }
            if (!skipped) {
                out.add(new Snippet(m.group(1), i + 2, readme.subList(i + 1, end)));
            }
            i = end;
        }
        return out;
    }

    private static String context(String name) {
        try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream("/readme-snippets/" + name + ".java")) {
            if (in == null) {
                fail("README snippet '" + name + "' has no examples/cli/src/test/resources/readme-snippets/" + name
                        + ".java");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One snippet in its context, in a package of its own; remembers where the snippet's code begins. */
    static final class Unit extends SimpleJavaFileObject {
        final Snippet snippet;
        final String text;
        final long importsLine;
        final long bodyLine;
        final int importCount;

        Unit(Snippet snippet, String context) {
            super(URI.create("string:///readme/" + pkg(snippet.name()) + "/Snippet.java"), Kind.SOURCE);
            this.snippet = snippet;
            List<String> imports = new ArrayList<>();
            int k = 0;
            while (k < snippet.code().size() && (snippet.code().get(k).startsWith("import ")
                    || snippet.code().get(k).isBlank())) {
                imports.add(snippet.code().get(k));
                k++;
            }
            this.importCount = k;
            List<String> body = snippet.code().subList(k, snippet.code().size());
            String unit = "package readme." + pkg(snippet.name()) + ";\n" + context;
            assertTrue(unit.contains("//IMPORTS") && unit.contains("//SNIPPET"), snippet.name() + ": context markers");
            this.importsLine = lineOf(unit, "//IMPORTS");
            unit = unit.replace("//IMPORTS", String.join("\n", imports));
            this.bodyLine = lineOf(unit, "//SNIPPET");
            this.text = unit.replace("//SNIPPET", String.join("\n", body));
        }

        private static long lineOf(String text, String marker) {
            return text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
        }

        static String pkg(String name) {
            return name.replace('-', '_').toLowerCase(Locale.ROOT);
        }

        /** The README line of a line of this unit, or -1 when it is a line of the context. */
        long readmeLine(long unitLine) {
            if (unitLine >= importsLine && unitLine < importsLine + importCount) {
                return snippet.line() + unitLine - importsLine;
            }
            if (unitLine >= bodyLine && unitLine < bodyLine + snippet.code().size() - importCount) {
                return snippet.line() + importCount + unitLine - bodyLine;
            }
            return -1;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    @Test
    void everyJavaBlockOfTheReadmeCompiles(@TempDir Path classes) throws IOException {
        List<String> readme = Files.readAllLines(Path.of("../../README.md"), StandardCharsets.UTF_8);
        List<Snippet> snippets = snippets(readme);
        assertTrue(snippets.size() >= 11, "README java blocks: " + snippets.size());
        List<Unit> units = new ArrayList<>();
        for (Snippet s : snippets) {
            units.add(new Unit(s, context(s.name())));
        }
        assertEquals(units.size(), units.stream().map(u -> u.snippet.name()).distinct().count(), "snippet names repeat");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, files, diagnostics, List.of("-classpath", classpath, "-d", classes.toString(),
                    "-proc:none", "-encoding", "UTF-8"), null, units).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() instanceof Unit u) {
                    long line = u.readmeLine(d.getLineNumber());
                    errors.add((line > 0 ? "README.md:" + line : "readme-snippets/" + u.snippet.name() + ".java:"
                            + d.getLineNumber()) + " (" + u.snippet.name() + "): " + d.getMessage(Locale.ROOT));
                }
            }
            assertTrue(ok && errors.isEmpty(), () -> String.join("\n", errors));
        }
    }

    @Test
    void everySnippetContextIsUsed() throws IOException, java.net.URISyntaxException {
        List<String> names = snippets(Files.readAllLines(Path.of("../../README.md"), StandardCharsets.UTF_8)).stream()
                .map(Snippet::name).toList();
        Path dir = Path.of(ReadmeSnippetsTest.class.getResource("/readme-snippets").toURI());
        try (var listing = Files.list(dir)) {
            List<String> contexts = listing.map(p -> p.getFileName().toString().replaceFirst("\\.java$", "")).sorted().toList();
            assertEquals(contexts, names.stream().sorted().toList(), "contexts without a README snippet, or the reverse");
        }
    }

    @Test
    void aBlockWithoutItsMarkerIsReportedWithItsLine() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> snippets(List.of("text", "```java", "int x = 1;", "```")));
        assertTrue(e.getMessage().startsWith("README.md:2: a ```java block without"), e.getMessage());
        assertEquals(List.of(new Snippet("one", 3, List.of("int x = 1;"))),
                snippets(List.of("<!-- snippet: one (compiled) -->", "```java", "int x = 1;", "```")));
        assertEquals(List.of(), snippets(List.of("<!-- snippet: none (needs a library we do not depend on) -->",
                "```java", "Kafka k;", "```")));
        assertThrows(AssertionError.class, () -> snippets(List.of("<!-- snippet: none -->", "```java", "x", "```")));
    }
}
