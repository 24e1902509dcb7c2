/* README: "Embedding standards", office space */
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.Grade;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
//IMPORTS
class Snippet {
    Agency agency;

    void run() {
        //SNIPPET
    }
}
