package io.github.jiguan.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line in tests: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    /** Runs {@code jiguan} with the arguments, capturing both streams. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = JiguanCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }

    /** The standard output's lines. */
    List<String> lines() {
        return out.lines().toList();
    }
}
