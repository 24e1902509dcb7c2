/* README: "Property tests and jiguan-testkit", without a property engine */
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.testkit.fleet.Plates;
import java.util.SplittableRandom;
//IMPORTS
class Snippet {
    void run() {
        //SNIPPET
    }
}
