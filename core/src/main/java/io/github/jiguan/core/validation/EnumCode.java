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
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The annotated text is the code of one of the constants of {@link #value()}, ignoring case and
 * surrounding spaces. Null is valid. The message lists the allowed codes.
 */
@Documented
@Constraint(validatedBy = EnumCode.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EnumCode {

    /** The enum whose constant names are the allowed codes. */
    Class<? extends Enum<?>> value();

    /** The message key, resolved from ValidationMessages; the allowed codes are appended. */
    String message() default "{io.github.jiguan.core.validation.EnumCode.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks the text against the enum's constant names. */
    final class Validator implements ConstraintValidator<EnumCode, CharSequence> {
        private Set<String> codes;
        private String message;

        @Override
        public void initialize(EnumCode annotation) {
            codes = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            message = annotation.message() + " " + codes;
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null || codes.contains(value.toString().strip().toUpperCase(Locale.ROOT))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
