package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * The drill-down of a KPI: the claims behind its numerator for a period, whose count and
 * total are the KPI's numerator (the A/R over 90 days, the claims denied at first
 * adjudication, the cash collected). Checks that the caller may read the client.
 */
public interface KpiClaims {

	/** The most rows one answer lists; the count and total always cover every claim. */
	int MAX_ROWS = 5000;

	/**
	 * The claims behind the KPI, largest amount first, at most {@code limit} of them.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code from},
	 * {@code to} or {@code limit} as {@link Kpis#kpis} does
	 */
	Page claims(ClientId client, KpiDrillDown kpi, LocalDate from, LocalDate to, int limit);

	/**
	 * @param claims the listed claims
	 * @param count how many claims there are in all
	 * @param total the sum of their amounts: the KPI's numerator
	 */
	record Page(KpiDrillDown kpi, LocalDate from, LocalDate to, List<KpiClaim> claims, long count, BigDecimal total) {
	}

}
