package io.ardesk.routing.internal;

import java.math.BigDecimal;

import io.ardesk.routing.RemittanceRule;
import io.ardesk.routing.RuleCondition;

/** Whether a rule's condition holds for one posted claim payment. */
final class RuleMatch {

	private RuleMatch() {
	}

	static boolean matches(RuleCondition when, PostedAdjustments.Payment payment) {
		if (!when.payerOrder().matches(payment.sequence())) {
			return false;
		}
		if (when.payerId() != null && !when.payerId().equalsIgnoreCase(String.valueOf(payment.payerId()))) {
			return false;
		}
		if (when.payerCategory() != null && !when.payerCategory().name().equals(payment.payerCategory())) {
			return false;
		}
		BigDecimal denied = BigDecimal.ZERO;
		boolean found = false;
		for (PostedAdjustments.Adjustment adjustment : payment.adjustments()) {
			if (when.groupCode().equals(adjustment.group()) && when.carcs().contains(adjustment.reason())) {
				found = true;
				denied = denied.add(adjustment.amount());
			}
		}
		return found && (when.minDenied() == null || denied.compareTo(when.minDenied()) >= 0);
	}

	static boolean matches(RemittanceRule rule, PostedAdjustments.Payment payment) {
		return matches(rule.when(), payment);
	}

}
