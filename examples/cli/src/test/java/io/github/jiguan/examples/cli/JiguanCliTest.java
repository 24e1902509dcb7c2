package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void withoutACommandTheCommandsAreListedAndTheStatusIsTwo() {
        CliRun r = run();
        assertEquals(2, r.status());
        assertTrue(r.err().contains("reconcile") && r.err().contains("office-audit"), r.err());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"calendar", "sample", "reconcile", "office-audit",
        "vehicle-audit", "decode", "version"})
    void everyCommandHasHelpThatExitsZero(String command) {
        for (String flag : List.of("-h", "--help")) {
            CliRun r = run(command, flag);
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("Usage: jiguan " + command), r.out());
        }
    }

    @Test
    void theCommandListShowsEachCommandsWholeFirstSentence() {
        String list = run("--help").out().replaceAll("\\s+", " ");
        assertTrue(list.contains("reconcile Reconcile dispatch orders with terminal trajectories and write every finding."),
                list);
        assertTrue(list.contains("office-audit Audit office space against the national area standard and management rules."),
                list);
    }

    @Test
    void aBadDateSaysWhatItWantsWithoutTheWholeUsage() {
        CliRun r = run("calendar", "--from", "2025/1/6", "--to", "2025-02-01");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("expected a date YYYY-MM-DD, such as 2025-01-06, but got '2025/1/6'"), r.err());
        assertTrue(!r.err().contains("Usage:"), r.err());
        assertTrue(r.err().contains("Run 'jiguan calendar --help'"), r.err());
    }
}
