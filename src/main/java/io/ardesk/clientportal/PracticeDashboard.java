package io.ardesk.clientportal;

import java.time.LocalDate;

import io.ardesk.tenancy.ClientId;

/**
 * What a client practice sees first: the firm's results for it, from the same KPI and
 * cash-recovery services as the firm's own dashboard. Checks that the caller may read the
 * client.
 */
public interface PracticeDashboard {

	/** The figures of the trailing {@code Kpis.DEFAULT_WINDOW_DAYS} days ending today. */
	PracticeFigures figures(ClientId client);

	/**
	 * The figures of a period (both ends included); the twelve weeks of cash always end
	 * today.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code from} or
	 * {@code to} as {@code Kpis} does
	 */
	PracticeFigures figures(ClientId client, LocalDate from, LocalDate to);

}
