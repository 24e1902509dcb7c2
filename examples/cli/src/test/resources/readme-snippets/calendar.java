/* README: "Work calendar" */
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.slf4j.Logger;
//IMPORTS
class Snippet {
    Logger log;
    Instant tripStart;
    Instant tripEnd;

    void run() {
        //SNIPPET
    }
}
