package io.ardesk.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import io.ardesk.contracts.FeeScheduleEntry;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.shared.problem.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Checks a row entered in the grid or sent as JSON, naming the field at fault. */
final class FeeScheduleEntries {

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	private FeeScheduleEntries() {
	}

	/** The entry trimmed and upper-cased. */
	static FeeScheduleEntry normalized(FeeScheduleEntry entry) {
		String payer = Inputs.required(entry.payerId(), "payerId", "The payer id", 80);
		String code = upper(entry.procedureCode());
		if (code == null || !code.matches("[A-Z0-9]{5}")) {
			throw new InvalidInputException("procedureCode", "The procedure code must be 5 letters or digits.");
		}
		String modifier = upper(entry.modifier());
		if (modifier != null && !modifier.matches("[A-Z0-9]{2}")) {
			throw new InvalidInputException("modifier", "A modifier is 2 letters or digits, or empty for any.");
		}
		BigDecimal amount = entry.allowedAmount();
		if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
				|| amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("allowedAmount",
					"The allowed amount must be between 0.00 and 9,999,999,999.99 with at most two decimals.");
		}
		if (entry.effectiveFrom() == null) {
			throw new InvalidInputException("effectiveFrom", "Say from which day the amount applies.");
		}
		Inputs.date(entry.effectiveFrom(), "effectiveFrom", "The effective date");
		if (entry.effectiveTo() != null) {
			Inputs.date(entry.effectiveTo(), "effectiveTo", "The end date");
			if (entry.effectiveTo().isBefore(entry.effectiveFrom())) {
				throw new InvalidInputException("effectiveTo", "The end date is before the effective date.");
			}
		}
		return new FeeScheduleEntry(payer, code, modifier, amount.setScale(2, RoundingMode.UNNECESSARY),
				entry.effectiveFrom(), entry.effectiveTo());
	}

	private static @Nullable String upper(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip().toUpperCase(Locale.ROOT);
	}

}
