package io.ardesk.aging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.ardesk.claims.ResponsibleParty;

/**
 * The aging totals of a client as recorded on one day.
 *
 * @param credits the credit balances (owed back, positive) recorded that day
 */
public record AgingSnapshot(LocalDate asOf, Map<ResponsibleParty, Map<AgingBucket, BigDecimal>> amounts,
		Map<ResponsibleParty, BigDecimal> credits) {

	public BigDecimal credit(ResponsibleParty owedTo) {
		return this.credits.getOrDefault(owedTo, BigDecimal.ZERO);
	}

	public BigDecimal amount(ResponsibleParty owedBy, AgingBucket bucket) {
		return this.amounts.getOrDefault(owedBy, Map.of()).getOrDefault(bucket, BigDecimal.ZERO);
	}

	public BigDecimal total(ResponsibleParty owedBy) {
		return this.amounts.getOrDefault(owedBy, Map.of()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
