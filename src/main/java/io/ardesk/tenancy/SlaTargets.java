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
 * hours
 * @param escalationResolveDays and resolved within this many days
 */
public record SlaTargets(int daysInArTarget, BigDecimal maxPercentOver90, int touchCadenceDays,
		int escalationAcknowledgeHours, int escalationResolveDays) {
}
