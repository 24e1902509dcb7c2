package io.github.jiguan.examples.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bar per stage on a terminal, plain lines in a log. */
class StageProgressTest {

    @Test
    void onATerminalAStageEndsAsAFullBarAndItsSummary() {
        StringWriter text = new StringWriter();
        StageProgress p = StageProgress.of(new PrintWriter(text), true, 2);
        p.start("simulate", 10, () -> 10).end("10 acknowledged");
        String out = text.toString();
        assertTrue(out.startsWith("\r[1/2] simulate"), out);
        String last = out.substring(out.lastIndexOf('\r') + 1);
        assertTrue(last.matches("(?s)\\[1/2] simulate +\\[#{30}] 100% .*\n {6}10 acknowledged\n"), last);
    }

    @Test
    void inALogAStageIsALineWhenItStartsAndOneWhenItEnds() {
        StringWriter text = new StringWriter();
        StageProgress p = StageProgress.of(new PrintWriter(text), false, 2);
        p.start("reconcile", 0, () -> 0).end("11 findings");
        p.start("report", 0, () -> 0).end("written");
        List<String> lines = text.toString().lines().toList();
        assertEquals(4, lines.size(), lines.toString());
        assertEquals("[1/2] reconcile ...", lines.get(0));
        assertTrue(lines.get(1).matches("\\[1/2] reconcile done in \\d+\\.\\d s: 11 findings"), lines.get(1));
        assertEquals("[2/2] report ...", lines.get(2));
        assertFalse(text.toString().contains("\r"));
    }
}
