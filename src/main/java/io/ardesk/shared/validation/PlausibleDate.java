package io.ardesk.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date between 1900-01-01 and 2999-12-31 (or none): what a ledger can hold. Dates such
 * as {@code -999999999-01-01} parse as ISO dates but reach no column.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	String message() default "must be a date between 1900-01-01 and 2999-12-31";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
