package io.ardesk.tenancy;

import java.math.BigDecimal;

/**
 * The client's working rules beyond SLA and queue weights, each block with documented
 * defaults when the file leaves it out.
 *
 * @param smallBalanceLimit manual patient payments and adjustments up to this amount need
 * no second person; above it a manager approves (default 25.00)
 */
public record ClientRules(BigDecimal smallBalanceLimit, FollowUpPolicy followUp, Cadences cadences, TrendRules trends,
		StatementPolicy statements, BillingContact billing, ReportDelivery reports) {

	public static ClientRules defaults() {
		return new ClientRules(new BigDecimal("25.00"), FollowUpPolicy.defaults(), Cadences.none(),
				TrendRules.defaults(), StatementPolicy.defaults(), BillingContact.none(), ReportDelivery.defaults());
	}

}
