package io.ardesk.tenancy;

import java.util.Map;

/**
 * How new claims of a client get their owner: round robin among the client's specialists,
 * or by payer (a specialist per payer id, round robin for the payers not listed).
 *
 * @param ownersByPayer user name of the owner per payer id, for {@link Rule#BY_PAYER}
 */
public record ClaimAssignment(Rule rule, Map<String, String> ownersByPayer) {

	public enum Rule {

		ROUND_ROBIN, BY_PAYER

	}

	public static ClaimAssignment roundRobin() {
		return new ClaimAssignment(Rule.ROUND_ROBIN, Map.of());
	}

}
