package io.ardesk.shared.problem;

import org.jspecify.annotations.Nullable;

/**
 * Well-formed input that a business rule refuses (amount above the balance, appeal after
 * its deadline without a reason, approving one's own request): HTTP 422.
 */
public class RuleViolationException extends DomainException {

	public RuleViolationException(@Nullable String field, String message) {
		super(field, message);
	}

}
