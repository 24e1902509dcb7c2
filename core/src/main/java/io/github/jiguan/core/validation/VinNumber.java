package io.github.jiguan.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.jiguan.core.fleet.Vin;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a 17-character VIN with a correct ISO 3779 check digit. Null and empty
 * are valid (a VIN is optional in the interchange formats).
 */
@Documented
@Constraint(validatedBy = VinNumber.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface VinNumber {

    /** The message key, resolved from ValidationMessages. */
    String message() default "{io.github.jiguan.core.validation.VinNumber.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks the text with {@link Vin#isValid(String)}. */
    final class Validator implements ConstraintValidator<VinNumber, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.toString().isBlank() || Vin.isValid(value.toString());
        }
    }
}
