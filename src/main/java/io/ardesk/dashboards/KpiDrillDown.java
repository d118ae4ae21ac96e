package io.ardesk.dashboards;

import java.util.Arrays;
import java.util.Optional;

/**
 * The KPIs that can be drilled down to the claims behind their numerator, by the name the
 * KPI has in the REST answer.
 */
public enum KpiDrillDown {

	/** The open claims more than 90 days old on the period end, with their balances. */
	AR_OVER_90("arOver90Percent"),

	/** The claims whose first adjudication fell in the period and denied an amount. */
	INITIAL_DENIAL_RATE("initialDenialRate"),

	/** The payments with payment dates in the period, by claim. */
	CASH_COLLECTED("cashCollected");

	private final String field;

	KpiDrillDown(String field) {
		this.field = field;
	}

	/** The KPI's field in {@code GET /api/v1/clients/{clientId}/kpis}. */
	public String field() {
		return this.field;
	}

	/** By its field name ({@code arOver90Percent}) or its constant name. */
	public static Optional<KpiDrillDown> of(String name) {
		return Arrays.stream(values())
			.filter((kpi) -> kpi.field.equalsIgnoreCase(name) || kpi.name().equalsIgnoreCase(name))
			.findFirst();
	}

}
