package io.ardesk.shared.validation;

import java.time.LocalDate;

import io.ardesk.shared.problem.Inputs;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link PlausibleDate}; an absent date is left to {@code @NotNull}. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

	@Override
	public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
		return value == null || (!value.isBefore(Inputs.EARLIEST_DATE) && !value.isAfter(Inputs.LATEST_DATE));
	}

}
