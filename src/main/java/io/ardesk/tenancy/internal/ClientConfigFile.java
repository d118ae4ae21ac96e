package io.ardesk.tenancy.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The YAML shape of one client practice file, exactly as written;
 * {@link ClientConfigValidator} turns it into a profile. Every field is nullable here so
 * that a missing one is reported by name.
 */
record ClientConfigFile(@Nullable String id, @Nullable String name, @Nullable String specialty, @Nullable String schema,
		@Nullable String timeZone, @Nullable String agingBasis, @Nullable Sla sla,
		@Nullable BigDecimal highValueThreshold, @Nullable List<PayerOverride> payerOverrides,
		@Nullable Map<String, BigDecimal> workQueueWeights, @Nullable Assignment assignment) {

	record Assignment(@Nullable String rule, @Nullable Map<String, String> byPayer) {
	}

	record Sla(@Nullable Integer daysInArTarget, @Nullable BigDecimal maxPercentOver90,
			@Nullable Integer touchCadenceDays, @Nullable Integer escalationAcknowledgeHours,
			@Nullable Integer escalationResolveDays) {
	}

	record PayerOverride(@Nullable String payerId, @Nullable Integer timelyFilingDays, @Nullable Integer appealDays) {
	}

}
