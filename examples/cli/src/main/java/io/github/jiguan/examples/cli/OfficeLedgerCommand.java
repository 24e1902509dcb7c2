package io.github.jiguan.examples.cli;

import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.standards.office.ledger.LedgerAudit;
import io.github.jiguan.standards.office.ledger.LedgerCsv;
import io.github.jiguan.standards.office.ledger.LedgerReport;
import io.github.jiguan.standards.office.ledger.LedgerRules;
import io.github.jiguan.standards.office.ledger.LedgerTablesCsv;
import io.github.jiguan.standards.office.ledger.OwnershipProgress;
import io.github.jiguan.standards.office.ledger.UnitLedgerHtml;
import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.standards.source.StandardFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan office-ledger}: reads the office-space ledger's files from a directory with
 * standards' {@link LedgerCsv}, audits them with {@link LedgerAudit} and writes the findings, the
 * ownership progress tables, the auction and energy tables and one printable HTML page per unit.
 */
@Command(name = "office-ledger", mixinStandardHelpOptions = true,
        header = "Audit the office-space ledgers: 账账/账证相符, completeness, ownership, leases, idle space, repairs,"
                + " safety, energy.",
        description = {"Reads units.csv, buildings.csv, rooms.csv, unit-rooms.csv, documents.csv, leases.csv,"
                + " repairs.csv and energy.csv from --data (buildings.csv and rooms.csv are required, the others may be"
                + " absent) and writes into --out: findings.csv, progress-county.csv, progress-unit.csv, auctions.csv,"
                + " auction-lots.csv, energy.csv and units/<agency_id>.html (一单位一档) with index.html.",
            "The formats and every rule with its citation and figure are in docs/office-ledger.md."})
final class OfficeLedgerCommand implements Callable<Integer> {

    /** The input files in the order they are read, with the reader of each. */
    private static final List<Input> INPUTS = List.of(
            new Input("units.csv", false, LedgerCsv::readUnits),
            new Input("buildings.csv", true, LedgerCsv::readBuildings),
            new Input("rooms.csv", true, LedgerCsv::readRooms),
            new Input("unit-rooms.csv", false, LedgerCsv::readUnitRooms),
            new Input("documents.csv", false, LedgerCsv::readDocuments),
            new Input("leases.csv", false, LedgerCsv::readLeases),
            new Input("repairs.csv", false, LedgerCsv::readRepairs),
            new Input("energy.csv", false, LedgerCsv::readEnergy));

    private record Input(String name, boolean required, BiConsumer<LedgerCsv, CsvReader> read) {
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The directory holding the ledger's files.")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "The directory to write into (created).")
    private Path out;

    @CommandLine.Mixin
    private Options.AsOf asOf;

    @CommandLine.Mixin
    private Options.Lang lang;

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
            Language language = lang.language();
            ImportLog log = report.open(err, strict.strict);
            LedgerRules rules = LedgerRules.withOverrides(standards.files.stream().map(StandardFile::load).toList());
            LedgerCsv csv = new LedgerCsv(rules, log);
            PrintWriter o = spec.commandLine().getOut();
            if (!read(csv, err, o) || mostlyRejected(log, err)) {
                return 1;
            }
            OfficeLedger ledger = csv.ledger();
            LedgerReport result = new LedgerAudit(rules).run(ledger, csv.unitRooms(), asOf.asOf);
            write(ledger, result, language);
            o.println("office-ledger as of " + asOf.asOf + ": " + csv.counts() + ", " + log.rejected() + " rows rejected");
            report.printCounts(o);
            result.counts().forEach((type, n) -> o.println("  " + type + " " + type.chineseName() + ": " + n));
            result.countsByUnification().forEach((u, n) -> o.println("  " + u.chineseName() + ": " + n));
            o.println(result.findings().size() + " findings written to " + out.resolve("findings.csv"));
            return 0;
        } catch (CsvFormatException e) {
            err.println("jiguan office-ledger: " + e.rejection() + (strict.strict ? " (--strict: stopped)" : ""));
        } catch (StandardFormatException | UncheckedIOException e) {
            err.println("jiguan office-ledger: " + e.getMessage());
        }
        return 1;
    }

    /** Reads every input present; false when a required one is missing. */
    private boolean read(LedgerCsv csv, PrintWriter err, PrintWriter o) {
        for (Input in : INPUTS) {
            Path file = data.resolve(in.name());
            if (!Files.isRegularFile(file)) {
                if (in.required()) {
                    err.println("jiguan office-ledger: " + file + " is required and does not exist");
                    return false;
                }
                o.println("  " + in.name() + ": not present, read as empty");
                continue;
            }
            try (CsvReader r = CsvReader.open(file)) {
                in.read().accept(csv, r);
            }
        }
        return true;
    }

    /**
     * A file of which more than half the rows were bad is not the file it is named as (another
     * format, another delimiter, swapped columns): the run stops rather than audit what is left.
     */
    private static boolean mostlyRejected(ImportLog log, PrintWriter err) {
        for (io.github.jiguan.core.csv.RowCounts c : log.counts()) {
            if (c.rejected() * 2 > c.rows()) {
                err.println("jiguan office-ledger: " + c.rejected() + " of the " + c.rows() + " rows of " + c.source()
                        + " were rejected: it does not look like " + c.source() + " (formats in docs/office-ledger.md)");
                return true;
            }
        }
        return false;
    }

    private void write(OfficeLedger ledger, LedgerReport result, Language language) {
        try {
            Files.createDirectories(out.resolve("units"));
            FindingsCsv.write(out.resolve("findings.csv"), FindingsCsv.Layout.OFFICE, result.findings(), language);
            table("progress-county.csv", LedgerTablesCsv.PROGRESS, w -> LedgerTablesCsv.progress(w, result.progress()
                    .stream().filter(p -> p.scope() == OwnershipProgress.Scope.COUNTY).toList()));
            table("progress-unit.csv", LedgerTablesCsv.PROGRESS, w -> LedgerTablesCsv.progress(w, result.progress()
                    .stream().filter(p -> p.scope() == OwnershipProgress.Scope.UNIT).toList()));
            table("auctions.csv", LedgerTablesCsv.AUCTIONS, w -> LedgerTablesCsv.auctions(w, result.auctions()));
            table("auction-lots.csv", LedgerTablesCsv.LOTS, w -> LedgerTablesCsv.lots(w, ledger.leases()));
            table("energy.csv", LedgerTablesCsv.ENERGY, w -> LedgerTablesCsv.energy(w, result.energy()));
            TreeSet<String> units = new TreeSet<>(ledger.units().keySet());
            ledger.rooms().forEach(r -> units.add(r.agencyId()));
            StringBuilder index = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">"
                    + "\n<title>一单位一档</title>\n</head>\n<body>\n<h1>一单位一档</h1>\n<ul>\n");
            java.util.Set<String> files = new java.util.HashSet<>();
            for (String u : units) {
                String file = UnitPages.fileName(u, files);
                try (Writer w = Files.newBufferedWriter(out.resolve("units").resolve(file), StandardCharsets.UTF_8)) {
                    UnitLedgerHtml.write(ledger, result, u, language, w);
                }
                String name = ledger.units().containsKey(u) ? ledger.units().get(u).name() : u;
                index.append("<li><a href=\"units/").append(file).append("\">")
                        .append(io.github.jiguan.standards.fuel.DisclosureHtml.escape(name + "（" + u + "）"))
                        .append("</a></li>\n");
            }
            Files.writeString(out.resolve("index.html"), index.append("</ul>\n</body>\n</html>\n"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(String name, List<String> header, java.util.function.Consumer<CsvWriter> rows) {
        try (CsvWriter w = CsvWriter.create(out.resolve(name), header)) {
            rows.accept(w);
        }
    }

    /**
     * File names for unit pages: the agency id with anything but letters, digits, - and _ replaced,
     * and a number added when two ids map to one name, so that no page overwrites another.
     */
    static final class UnitPages {
        private UnitPages() {
        }

        static String fileName(String agencyId, java.util.Set<String> taken) {
            StringBuilder b = new StringBuilder();
            agencyId.codePoints().forEach(c -> b.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_'
                    ? c : '_'));
            String name = b + ".html";
            for (int n = 2; !taken.add(name); n++) {
                name = b + "-" + n + ".html";
            }
            return name;
        }
    }
}
