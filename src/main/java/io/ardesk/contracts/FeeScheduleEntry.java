package io.ardesk.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * A fee schedule row as a manager enters or imports it.
 *
 * @param payerId the payer's id as its files carry it
 * @param effectiveTo the last day the amount applies; open-ended when {@code null}
 */
public record FeeScheduleEntry(String payerId, String procedureCode, @Nullable String modifier,
		BigDecimal allowedAmount, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

	static String describe(String payerId, String procedureCode, @Nullable String modifier, BigDecimal amount,
			LocalDate from, @Nullable LocalDate to) {
		return payerId + " " + procedureCode + ((modifier != null) ? "-" + modifier : "") + " " + Formats.money(amount)
				+ " from " + Formats.date(from) + ((to != null) ? " to " + Formats.date(to) : " (open-ended)");
	}

	public String describe() {
		return describe(this.payerId, this.procedureCode, this.modifier, this.allowedAmount, this.effectiveFrom,
				this.effectiveTo);
	}

}
