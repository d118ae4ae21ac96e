package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.time.Instant;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * One client in the firm portfolio, with what makes it risky.
 *
 * @param risk the risk score the portfolio is ranked by (higher first): 10 per RED SLA
 * measure, 3 per AMBER, one per point A/R over 90 rose in four weeks, 2 per deadline at
 * risk (capped at 20), 5 per open escalation
 * @param status the worst SLA status of the client
 * @param arOver90Change how many points the A/R over 90 % moved in the last four weeks
 * @param deadlinesAtRisk open claims whose timely-filing or appeal deadline is within 14
 * days
 * @param peers the client's rank among the firm's clients of the same specialty, when at
 * least five exist
 */
public record PortfolioEntry(ClientId clientId, String name, @Nullable String specialty, int risk, SlaStatus status,
		@Nullable BigDecimal daysInAr, @Nullable BigDecimal arOver90Percent, @Nullable BigDecimal arOver90Change,
		long slaReds, long deadlinesAtRisk, long openEscalations, BigDecimal totalAr, @Nullable PeerRank peers,
		Instant computedAt) {

	/**
	 * Rank by days in A/R among clients of the same specialty (1 = fewest days), and the
	 * specialty's median.
	 */
	public record PeerRank(int rank, int of, BigDecimal medianDaysInAr) {
	}

}
