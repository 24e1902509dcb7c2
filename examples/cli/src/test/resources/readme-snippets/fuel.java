/* README: "Embedding standards", the fuel disclosure */
import io.github.jiguan.core.fleet.FuelRecord;
import io.github.jiguan.core.fleet.Vehicle;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
//IMPORTS
class Snippet {
    FixColumns fixColumnsOfV1;
    List<FuelRecord> fuelRecords;
    List<Vehicle> vehicles;
    Writer writer;

    void run() throws Exception {
        //SNIPPET
    }
}
