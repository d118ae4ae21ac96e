package io.ardesk.tenancy.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClaimAssignment;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.PayerRuleOverride;
import io.ardesk.tenancy.SlaTargets;
import org.jspecify.annotations.Nullable;

/**
 * Turns one parsed client file into a validated profile, naming the field that is wrong.
 */
final class ClientConfigValidator {

	/** The factors of the work-queue priority score that a client may re-weight. */
	static final Set<String> WORK_QUEUE_FACTORS = Set.of("balance", "age", "deadline", "payerSpeed", "denialRecovery",
			"highValue", "escalation", "dueDate");

	private final String file;

	ClientConfigValidator(String file) {
		this.file = file;
	}

	ClientProfile validate(ClientConfigFile config) {
		String id = required("id", config.id());
		if (!ClientId.isValid(id)) {
			throw invalid("id", "must be a lower-case slug (letters, digits, dashes)");
		}
		String name = required("name", config.name());
		ZoneId zone = zone(required("timeZone", config.timeZone()));
		AgingBasis basis = agingBasis(config.agingBasis());
		ClientConfigFile.Sla sla = required("sla", config.sla());
		SlaTargets targets = new SlaTargets(positive("sla.daysInArTarget", sla.daysInArTarget()),
				percent("sla.maxPercentOver90", sla.maxPercentOver90()),
				positive("sla.touchCadenceDays", sla.touchCadenceDays()),
				positive("sla.escalationAcknowledgeHours", sla.escalationAcknowledgeHours()),
				positive("sla.escalationResolveDays", sla.escalationResolveDays()),
				(sla.touchedWithinCadencePercent() != null)
						? percent("sla.touchedWithinCadencePercent", sla.touchedWithinCadencePercent())
						: BigDecimal.valueOf(90),
				(sla.denialFirstTouchDays() != null) ? positive("sla.denialFirstTouchDays", sla.denialFirstTouchDays())
						: 3,
				(sla.maxOverduePercent() != null) ? percent("sla.maxOverduePercent", sla.maxOverduePercent())
						: BigDecimal.valueOf(5));
		BigDecimal threshold = required("highValueThreshold", config.highValueThreshold());
		if (threshold.signum() <= 0) {
			throw invalid("highValueThreshold", "must be a positive amount");
		}
		ClientRulesValidator rules = new ClientRulesValidator(this);
		return new ClientProfile(ClientId.of(id), name, config.specialty(), zone, basis, targets, threshold,
				overrides(config.payerOverrides()), weights(config.workQueueWeights()), assignment(config.assignment()),
				true, Boolean.TRUE.equals(config.demo()), rules.providers(config), rules.rules(config));
	}

	SchemaName schema(ClientConfigFile config) {
		String schema = required("schema", config.schema());
		if (!SchemaName.isAllowed(schema)) {
			throw invalid("schema", "must match ^[a-z][a-z0-9_]{0,62}$ and not be a reserved name");
		}
		return new SchemaName(schema);
	}

	private List<PayerRuleOverride> overrides(@Nullable List<ClientConfigFile.PayerOverride> overrides) {
		List<PayerRuleOverride> result = new ArrayList<>();
		if (overrides == null) {
			return result;
		}
		for (int i = 0; i < overrides.size(); i++) {
			ClientConfigFile.PayerOverride override = overrides.get(i);
			String prefix = "payerOverrides[" + i + "].";
			String payerId = required(prefix + "payerId", override.payerId());
			if (override.timelyFilingDays() == null && override.appealDays() == null && override.responseDays() == null
					&& override.noResponseDays() == null) {
				throw invalid(prefix + "timelyFilingDays",
						"or appealDays, responseDays or noResponseDays must be given");
			}
			result.add(new PayerRuleOverride(payerId,
					optionalPositive(prefix + "timelyFilingDays", override.timelyFilingDays()),
					optionalPositive(prefix + "appealDays", override.appealDays()),
					optionalPositive(prefix + "responseDays", override.responseDays()),
					optionalPositive(prefix + "noResponseDays", override.noResponseDays())));
		}
		return List.copyOf(result);
	}

	private Map<String, BigDecimal> weights(@Nullable Map<String, BigDecimal> weights) {
		Map<String, BigDecimal> result = new LinkedHashMap<>();
		if (weights == null) {
			return result;
		}
		weights.forEach((factor, weight) -> {
			if (!WORK_QUEUE_FACTORS.contains(factor)) {
				throw invalid("workQueueWeights." + factor,
						"is not a work-queue factor; known: " + WORK_QUEUE_FACTORS.stream().sorted().toList());
			}
			if (weight == null || weight.signum() < 0) {
				throw invalid("workQueueWeights." + factor, "must be zero or positive");
			}
			result.put(factor, weight);
		});
		return Map.copyOf(result);
	}

	private ClaimAssignment assignment(ClientConfigFile.@Nullable Assignment assignment) {
		if (assignment == null) {
			return ClaimAssignment.roundRobin();
		}
		ClaimAssignment.Rule rule;
		try {
			rule = ClaimAssignment.Rule.valueOf(required("assignment.rule", assignment.rule()));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("assignment.rule", "must be ROUND_ROBIN or BY_PAYER");
		}
		Map<String, String> owners = (assignment.byPayer() != null) ? Map.copyOf(assignment.byPayer()) : Map.of();
		if (rule == ClaimAssignment.Rule.BY_PAYER && owners.isEmpty()) {
			throw invalid("assignment.byPayer", "must name an owner for at least one payer id");
		}
		if (rule == ClaimAssignment.Rule.ROUND_ROBIN && !owners.isEmpty()) {
			throw invalid("assignment.byPayer", "is only used with rule BY_PAYER");
		}
		return new ClaimAssignment(rule, owners);
	}

	private AgingBasis agingBasis(@Nullable String value) {
		if (value == null) {
			return AgingBasis.DATE_OF_SERVICE;
		}
		try {
			return AgingBasis.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("agingBasis", "must be DATE_OF_SERVICE or SUBMISSION_DATE");
		}
	}

	private ZoneId zone(String value) {
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			throw invalid("timeZone", "is not a time zone id such as America/Chicago");
		}
	}

	private int positive(String field, @Nullable Integer value) {
		int number = required(field, value);
		if (number <= 0) {
			throw invalid(field, "must be positive");
		}
		return number;
	}

	private @Nullable Integer optionalPositive(String field, @Nullable Integer value) {
		return (value != null) ? positive(field, value) : null;
	}

	private BigDecimal percent(String field, @Nullable BigDecimal value) {
		BigDecimal number = required(field, value);
		if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw invalid(field, "must be a percentage between 0 and 100");
		}
		return number;
	}

	private <T> T required(String field, @Nullable T value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw invalid(field, "is missing");
		}
		return value;
	}

	TenantConfigException invalid(String field, String problem) {
		return new TenantConfigException(this.file, field, problem);
	}

}
