package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JiguanCliTest {

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = JiguanCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void helpListsTheSubcommands() {
        Result r = run("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Usage: jiguan"), r.out());
        assertTrue(r.out().contains("version"), r.out());
        assertTrue(r.out().contains("help"), r.out());
    }

    @Test
    void versionPrintsTheJavaRuntime() {
        Result r = run("version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("jiguan "), r.out());
        assertTrue(r.out().contains("Java " + Runtime.version()), r.out());
    }

    @Test
    void anUnknownSubcommandFailsWithUsage() {
        Result r = run("frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unmatched argument"), r.err());
    }
}
