package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the KPIs: one decimal, half up; null when there is nothing to divide
 * by.
 */
final class Ratios {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Ratios() {
	}

	/** {@code part ÷ whole × 100}, or null when the whole is not above zero. */
	static @Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() <= 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

	static @Nullable BigDecimal percent(long part, long whole) {
		return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
	}

	/**
	 * Days in A/R: {@code ar ÷ (charges ÷ days)}, or null when there were no net charges
	 * in the period.
	 */
	static @Nullable BigDecimal daysInAr(BigDecimal ar, BigDecimal charges, long days) {
		if (charges.signum() <= 0 || days <= 0) {
			return null;
		}
		return ar.multiply(BigDecimal.valueOf(days)).divide(charges, 1, RoundingMode.HALF_UP);
	}

}
