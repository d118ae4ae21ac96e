package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.util.List;

/**
 * The firm portfolio: every client the signed-in user may see, ranked by risk, with
 * totals across them. Specialists see their own clients only; each client is read through
 * its own access check.
 */
public interface Portfolio {

	/** The caller's clients, riskiest first, with totals. */
	Ranked ranked();

	record Ranked(List<PortfolioEntry> clients, Totals totals) {
	}

	/** Totals across the listed clients. */
	record Totals(int clients, long slaReds, BigDecimal totalAr, long deadlinesAtRisk, long openEscalations) {
	}

}
