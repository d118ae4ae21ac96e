package io.ardesk.worklist;

import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.PayerRuleOverride;
import org.jspecify.annotations.Nullable;

/**
 * How long a payer usually takes to answer a claim, an appeal or a corrected claim: the
 * client's {@code payerOverrides[].responseDays} for the payer, otherwise the typical
 * time of its category. A follow-up before that time is usually answered "still in
 * process".
 */
public interface PayerResponseTime {

	/**
	 * @param payerId the payer's external id, as in {@code payerOverrides[].payerId}
	 * @param payerCategory the payer's category name ({@code MEDICARE}, ...)
	 */
	static int days(ClientProfile client, @Nullable String payerId, @Nullable String payerCategory) {
		Integer days = client.payerOverride(payerId).map(PayerRuleOverride::responseDays).orElse(null);
		return (days != null) ? days : typicalDays(payerCategory);
	}

	/**
	 * Medicare contractors decide redeterminations within 60 days, Medicaid and
	 * commercial plans mostly within 30 to 45, workers' comp carriers 60; self-pay is the
	 * practice's own follow-up.
	 */
	static int typicalDays(@Nullable String payerCategory) {
		if (payerCategory == null) {
			return 45;
		}
		return switch (payerCategory) {
			case "MEDICARE", "MEDICARE_ADVANTAGE", "WORKERS_COMP" -> 60;
			case "SELF_PAY" -> 30;
			default -> 45;
		};
	}

}
