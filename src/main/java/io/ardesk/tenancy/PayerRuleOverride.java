package io.ardesk.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * Client-specific rules for one payer, in days; each is optional.
 *
 * @param timelyFilingDays timely-filing window
 * @param appealDays appeal window
 * @param responseDays how long the payer usually takes to answer (a claim, an appeal)
 * @param noResponseDays a claim with no answer after this long enters the queue
 */
public record PayerRuleOverride(String payerId, @Nullable Integer timelyFilingDays, @Nullable Integer appealDays,
		@Nullable Integer responseDays, @Nullable Integer noResponseDays) {

	public PayerRuleOverride(String payerId, @Nullable Integer timelyFilingDays, @Nullable Integer appealDays) {
		this(payerId, timelyFilingDays, appealDays, null, null);
	}

}
