/* README: "Office-space ledgers" (also run, line for line, by standards' LedgerReadmeExampleTest) */
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.standards.office.ledger.LedgerAudit;
import io.github.jiguan.standards.office.ledger.LedgerCsv;
import io.github.jiguan.standards.office.ledger.LedgerReport;
import io.github.jiguan.standards.office.ledger.LedgerRules;
import java.nio.file.Path;
import java.time.LocalDate;
//IMPORTS
class Snippet {
    Path dir;

    void run() {
        //SNIPPET
    }
}
