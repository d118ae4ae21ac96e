package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * A client's KPIs for a period. Percentages are 0-100 with one decimal, money has two
 * decimals, days one decimal; a figure whose denominator is zero is null (nothing to
 * measure).
 *
 * @param asOf the period end: balances are as of this date
 * @param computedAt when these figures were computed
 * @param recoveries cash recovered by payer and bucket
 */
public record KpiReport(ClientId client, LocalDate from, LocalDate to, LocalDate asOf, Instant computedAt,
		KpiFigures figures, KpiBasis basis, ChargeLag chargeLag, List<Recovery> recoveries) {

	/**
	 * The KPI figures themselves.
	 */
	public record KpiFigures(@Nullable BigDecimal daysInAr, @Nullable BigDecimal daysInArGross,
			@Nullable BigDecimal arOver90Percent, @Nullable BigDecimal arOver120Percent,
			@Nullable BigDecimal initialDenialRate, @Nullable BigDecimal initialDenialRateDollars,
			@Nullable BigDecimal cleanClaimRate, @Nullable BigDecimal netCollectionRate, BigDecimal cashCollected,
			BigDecimal cashRecovered, BigDecimal cashRecoveredOver90) {
	}

}
