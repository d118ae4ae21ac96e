package io.ardesk.review;

import java.math.BigDecimal;

/**
 * One client's line in the review across clients: the headline changes of the week.
 *
 * @param over90Change change of A/R over 90 days
 * @param rollRate60To90 percent, null when 61-90 was empty last week
 */
public record ReviewSummary(String clientId, String clientName, String week, BigDecimal arThisWeek, BigDecimal arChange,
		BigDecimal over90Change, @org.jspecify.annotations.Nullable BigDecimal rollRate60To90, long highValueClaims,
		int deadlines, int openEscalations, int overdueEscalations, int blockers, int openActions) {
}
