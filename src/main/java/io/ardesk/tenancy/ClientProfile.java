package io.ardesk.tenancy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A client practice as configured in {@code tenant-config/}.
 *
 * @param workQueueWeights overrides of the firm's work-queue weights, by factor name
 * @param assignment how new claims get their owner
 * @param demo marked {@code demo: true}: the demo profile may fill it with generated AR;
 * a client without the mark is never filled
 * @param providers the NPIs and tax ids the practice bills under
 * @param rules follow-up, money-move, detection, statement and report rules
 */
public record ClientProfile(ClientId id, String name, @Nullable String specialty, ZoneId timeZone,
		AgingBasis agingBasis, SlaTargets sla, BigDecimal highValueThreshold, List<PayerRuleOverride> payerOverrides,
		Map<String, BigDecimal> workQueueWeights, ClaimAssignment assignment, boolean active, boolean demo,
		ProviderIdentifiers providers, ClientRules rules) {

	public ClientSummary summary() {
		return new ClientSummary(this.id, this.name);
	}

	/** The client's override for a payer id, if any. */
	public java.util.Optional<PayerRuleOverride> payerOverride(@Nullable String payerId) {
		if (payerId == null) {
			return java.util.Optional.empty();
		}
		return this.payerOverrides.stream().filter((o) -> o.payerId().equals(payerId)).findFirst();
	}

}
