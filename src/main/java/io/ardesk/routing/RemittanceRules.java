package io.ardesk.routing;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * A client's remittance rules. Firm staff read them; account managers and firm
 * administrators of the client write them. Invalid rules fail with
 * {@link io.ardesk.shared.problem.RuleViolationException} naming the field (e.g.
 * {@code when.carcs} for a routine code such as CO-45); unknown rules with
 * {@link RemittanceRuleNotFoundException}.
 */
public interface RemittanceRules {

	/** Reason codes that are routine adjustments, never routed by a rule. */
	List<String> ROUTINE_CODES = List.of("1", "2", "3", "23", "45", "253");

	int MAX_NAME = 200;

	int MAX_DOCUMENT_REQUEST = 2000;

	int MAX_NEXT_ACTION_DAYS = 365;

	List<RemittanceRule> rules(ClientId client);

	RemittanceRule create(ClientId client, RuleDraft draft);

	RemittanceRule update(ClientId client, long id, RuleDraft draft);

	void delete(ClientId client, long id);

	/** Whether the client has any rule (posting skips the rules otherwise). */
	boolean rulesExist(ClientId client);

	/**
	 * Runs the rules over the claim payments one import posted, in its transaction.
	 * @return how many claims a rule touched
	 */
	int applyToImport(ClientId client, long importId);

}
