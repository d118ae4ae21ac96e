package io.ardesk.routing;

/** A rule as a manager writes it: {@code {"name", "when": {...}, "then": {...}}}. */
public record RuleDraft(String name, RuleCondition when, RuleAction then) {
}
