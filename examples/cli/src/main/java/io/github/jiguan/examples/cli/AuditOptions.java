package io.github.jiguan.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every audit command shares: the audit date, the findings file, overrides and strict mode. */
final class AuditOptions {

    @Option(names = "--as-of", required = true, description = "audit date, such as 2025-06-30")
    LocalDate asOf;

    @Option(names = "--out", required = true, description = "findings.csv to write")
    Path out;

    @Option(names = "--standard", description = "a province's override file (repeatable); its document.overrides "
            + "names the standard it overrides")
    List<Path> overrides = new ArrayList<>();

    @Option(names = "--strict", description = "stop at the first bad row instead of reporting it and going on")
    boolean strict;
}
