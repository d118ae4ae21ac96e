package io.ardesk.dashboards;

import java.time.LocalDate;

import io.ardesk.tenancy.ClientId;

/**
 * A client's KPIs by MGMA/HFMA formulas ({@link Kpi}), computed from the dated posting
 * journal so that a past period shows what was true then. Every method checks that the
 * caller may read the client.
 */
public interface Kpis {

	/** Days in the default (trailing) window, ending today. */
	int DEFAULT_WINDOW_DAYS = 90;

	/** The longest period asked for at once. */
	int MAX_WINDOW_DAYS = 731;

	/** Today in the client's time zone. */
	LocalDate today(ClientId client);

	/**
	 * The KPIs for the period, both ends included.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code from} or
	 * {@code to} when the period is reversed, longer than {@link #MAX_WINDOW_DAYS} or
	 * ends in the future
	 */
	KpiReport kpis(ClientId client, LocalDate from, LocalDate to);

}
