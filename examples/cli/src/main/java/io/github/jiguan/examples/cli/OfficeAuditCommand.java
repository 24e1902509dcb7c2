package io.github.jiguan.examples.cli;

import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.standards.office.OfficeAudit;
import io.github.jiguan.standards.office.OfficeAuditReport;
import io.github.jiguan.standards.office.OfficeManagementRules;
import io.github.jiguan.standards.office.OfficeRegisterCsv;
import io.github.jiguan.standards.office.OfficeSpaceStandard;
import io.github.jiguan.standards.office.UnitLedgerCsv;
import io.github.jiguan.standards.source.StandardFormatException;
import io.github.jiguan.standards.source.StandardSet;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan office-audit}: reads persons.csv and rooms.csv with standards' {@link OfficeRegisterCsv},
 * audits them with {@link OfficeAudit} and writes the findings, each citing its rule.
 */
@Command(name = "office-audit", mixinStandardHelpOptions = true,
        header = "Audit office space against the national area standard and management rules.",
        description = {"Audit office space: each person's entitlement under Table 1 of the 2014 standard, each unit's"
                + " approved area, and the findings of the 2017 management rules, each citing document, article and"
                + " figure.",
            "The formats of persons.csv and rooms.csv, and the grade and level codes, are in docs/formats.md; the"
                + " standards, their figures and a province's override file in docs/standards.md; example files in"
                + " examples/data/office-audit/."})
final class OfficeAuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--persons", required = true, paramLabel = "FILE", description = "persons.csv: the persons register.")
    private Path persons;

    @Option(names = "--rooms", required = true, paramLabel = "FILE", description = "rooms.csv: the room ledger.")
    private Path rooms;

    @Option(names = "--units", paramLabel = "FILE",
            description = "units.csv to write: each unit's approved area with every term of the formula.")
    private Path units;

    @CommandLine.Mixin
    private Options.AsOf asOf;

    @CommandLine.Mixin
    private Options.FindingsOut out;

    @CommandLine.Mixin
    private Options.Standards standards;

    @CommandLine.Mixin
    private Options.Strict strict;

    @CommandLine.Mixin
    private RejectionReport rejections;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (RejectionReport report = rejections) {
            ImportLog log = report.open(err, strict.strict);
            StandardSet set = standards.load(List.of(OfficeSpaceStandard.KIND, OfficeManagementRules.KIND));
            OfficeAudit audit = new OfficeAudit(set.get(OfficeSpaceStandard.KIND), set.get(OfficeManagementRules.KIND));
            OfficeRegisterCsv register = new OfficeRegisterCsv(asOf.asOf, log);
            try (CsvReader in = CsvReader.open(persons)) {
                register.readPersons(in);
            }
            try (CsvReader in = CsvReader.open(rooms)) {
                register.readRooms(in);
            }
            OfficeAuditReport result = audit.run(register.register(), asOf.asOf);
            out.write(FindingsCsv.Layout.OFFICE, result.findings());
            if (units != null) {
                try (CsvWriter w = CsvWriter.create(Options.parentsOf(units), UnitLedgerCsv.HEADER)) {
                    UnitLedgerCsv.write(w, result.units());
                }
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println("office-audit as of " + asOf.asOf + ": " + register.personCount() + " persons, "
                    + register.roomCount() + " rooms, " + log.rejected() + " rows rejected");
            report.printCounts(o);
            result.counts().forEach((type, n) -> o.println("  " + type + " " + type.chineseName() + ": " + n));
            o.println(result.findings().size() + " findings written to " + out.out);
            return 0;
        } catch (CsvFormatException e) {
            err.println("jiguan office-audit: " + e.rejection() + (strict.strict ? " (--strict: stopped)" : ""));
        } catch (StandardFormatException | UncheckedIOException e) {
            err.println("jiguan office-audit: " + e.getMessage());
        }
        return 1;
    }
}
