package io.ardesk.tenancy;

import java.math.BigDecimal;

/**
 * What the AR firm promised the client practice.
 *
 * @param daysInArTarget target days in A/R
 * @param maxPercentOver90 the highest acceptable share of A/R older than 90 days, in
 * percent
 * @param touchCadenceDays every open claim is worked at least this often
 * @param escalationAcknowledgeHours a client escalation is acknowledged within this many
 * business hours
 * @param escalationResolveDays and resolved within this many business days
 * @param touchedWithinCadencePercent the share of open claims touched within the cadence,
 * in percent (default 90)
 * @param denialFirstTouchDays a new denial is first worked within this many days (default
 * 3)
 * @param maxOverduePercent the highest acceptable share of open claims whose next action
 * is overdue, in percent (default 5)
 */
public record SlaTargets(int daysInArTarget, BigDecimal maxPercentOver90, int touchCadenceDays,
		int escalationAcknowledgeHours, int escalationResolveDays, BigDecimal touchedWithinCadencePercent,
		int denialFirstTouchDays, BigDecimal maxOverduePercent) {

	public SlaTargets(int daysInArTarget, BigDecimal maxPercentOver90, int touchCadenceDays,
			int escalationAcknowledgeHours, int escalationResolveDays) {
		this(daysInArTarget, maxPercentOver90, touchCadenceDays, escalationAcknowledgeHours, escalationResolveDays,
				BigDecimal.valueOf(90), 3, BigDecimal.valueOf(5));
	}

}
