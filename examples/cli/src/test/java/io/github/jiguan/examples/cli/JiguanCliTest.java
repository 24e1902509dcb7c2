package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JiguanCliTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun r = run("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Usage: jiguan"), r.out());
        assertTrue(r.out().contains("version"), r.out());
        assertTrue(r.out().contains("help"), r.out());
    }

    @Test
    void versionPrintsTheJavaRuntime() {
        CliRun r = run("version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("jiguan "), r.out());
        assertTrue(r.out().contains("Java " + Runtime.version()), r.out());
    }

    @Test
    void anUnknownSubcommandFailsWithUsage() {
        CliRun r = run("frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unmatched argument"), r.err());
    }
}
