package io.ardesk.routing;

/**
 * A saved rule and how many claims it has touched (counted atomically at each posting).
 */
public record RemittanceRule(long id, String name, RuleCondition when, RuleAction then, long claimsTouched,
		String createdBy) {
}
