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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The annotated text is an ISO-8601 time with an offset, such as
 * {@code 2025-01-06T09:21:00+08:00}. Null and empty are valid: empty means absent in the
 * interchange formats (combine with {@code @NotBlank} to require a value).
 */
@Documented
@Constraint(validatedBy = OffsetTimestamp.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface OffsetTimestamp {

    /** The message key, resolved from ValidationMessages. */
    String message() default "{io.github.jiguan.core.validation.OffsetTimestamp.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Parses the text with {@link OffsetDateTime#parse(CharSequence)}. */
    final class Validator implements ConstraintValidator<OffsetTimestamp, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            try {
                OffsetDateTime.parse(value.toString().strip());
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
