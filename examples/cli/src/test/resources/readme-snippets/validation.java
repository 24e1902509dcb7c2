/* README: "Embedding core", Jakarta Validation of a bulk import */
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.validation.VehicleInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
//IMPORTS
class Snippet {
    void run() {
        //SNIPPET
    }
}
