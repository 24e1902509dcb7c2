package io.github.jiguan.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The annotated text is a decimal number in [{@link #min()}, {@link #max()}]. Null and empty are
 * valid: empty means absent in the interchange formats.
 */
@Documented
@Constraint(validatedBy = DecimalText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DecimalText {

    /** The smallest allowed value, as decimal text. */
    String min();

    /** The largest allowed value, as decimal text. */
    String max();

    /** The message key, resolved from ValidationMessages; may use {min} and {max}. */
    String message() default "{io.github.jiguan.core.validation.DecimalText.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Parses the text as {@link BigDecimal} and compares it to the bounds. */
    final class Validator implements ConstraintValidator<DecimalText, CharSequence> {
        private BigDecimal min;
        private BigDecimal max;

        @Override
        public void initialize(DecimalText annotation) {
            min = new BigDecimal(annotation.min());
            max = new BigDecimal(annotation.max());
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            String text = value.toString().strip();
            if (!io.github.jiguan.core.csv.Cells.isDecimalNotation(text)) {
                return false;
            }
            BigDecimal d = new BigDecimal(text);
            return d.compareTo(min) >= 0 && d.compareTo(max) <= 0;
        }
    }
}
