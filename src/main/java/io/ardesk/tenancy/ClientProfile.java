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
 */
public record ClientProfile(ClientId id, String name, @Nullable String specialty, ZoneId timeZone,
		AgingBasis agingBasis, SlaTargets sla, BigDecimal highValueThreshold, List<PayerRuleOverride> payerOverrides,
		Map<String, BigDecimal> workQueueWeights, ClaimAssignment assignment, boolean active) {

	public ClientSummary summary() {
		return new ClientSummary(this.id, this.name);
	}

}
