package io.github.jiguan.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.jiguan.core.fleet.Plate;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a licence plate that {@link Plate#of(String)} accepts. Null is valid
 * (combine with {@code @NotNull} to require a value).
 */
@Documented
@Constraint(validatedBy = PlateNumber.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlateNumber {

    /** The message key, resolved from ValidationMessages. */
    String message() default "{io.github.jiguan.core.validation.PlateNumber.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks the text with {@link Plate#isValid(String)}. */
    final class Validator implements ConstraintValidator<PlateNumber, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || Plate.isValid(value.toString());
        }
    }
}
