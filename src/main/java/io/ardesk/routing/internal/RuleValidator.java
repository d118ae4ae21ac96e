package io.ardesk.routing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.ardesk.codes.AdjustmentGroup;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.routing.RemittanceRules;
import io.ardesk.routing.RuleAction;
import io.ardesk.routing.RuleCondition;
import io.ardesk.routing.RuleDraft;
import io.ardesk.shared.problem.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a draft and gives it back normalized (codes upper-cased, blanks as null). Every
 * problem is a 422 naming the field as the JSON body names it ({@code name},
 * {@code when.carcs}, {@code then.assignTo}...).
 */
@Component
class RuleValidator {

	private final ReasonCodeCatalog codes;

	RuleValidator(ReasonCodeCatalog codes) {
		this.codes = codes;
	}

	RuleDraft normalized(@Nullable RuleDraft draft, List<String> assignable) {
		if (draft == null) {
			throw new RuleViolationException("name", "A rule needs a name, a condition (when) and actions (then).");
		}
		String name = blankToNull(draft.name());
		if (name == null) {
			throw new RuleViolationException("name", "Give the rule a name.");
		}
		if (name.length() > RemittanceRules.MAX_NAME) {
			throw new RuleViolationException("name", "The name is longer than " + RemittanceRules.MAX_NAME + ".");
		}
		if (draft.when() == null) {
			throw new RuleViolationException("when.carcs", "Name the reason codes the rule listens to.");
		}
		if (draft.then() == null || draft.then().doesNothing()) {
			throw new RuleViolationException("then", "Choose at least one action.");
		}
		return new RuleDraft(name, condition(draft.when()), action(draft.then(), assignable));
	}

	private RuleCondition condition(RuleCondition when) {
		Set<String> carcs = new LinkedHashSet<>();
		for (String code : (when.carcs() != null) ? when.carcs() : List.<String>of()) {
			String carc = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : "";
			if (carc.isEmpty()) {
				continue;
			}
			if (RemittanceRules.ROUTINE_CODES.contains(carc)) {
				throw new RuleViolationException("when.carcs",
						"CARC " + carc + " is a routine adjustment ("
								+ this.codes.describe("", carc).replaceFirst("^" + carc + ": ", "")
								+ "): rules route denials, not routine codes (1, 2, 3, 23, 45, 253).");
			}
			if (this.codes.carc(carc).isEmpty()) {
				throw new RuleViolationException("when.carcs", "CARC " + carc + " is not in the code catalogue.");
			}
			carcs.add(carc);
		}
		if (carcs.isEmpty()) {
			throw new RuleViolationException("when.carcs", "Name at least one reason code (CARC).");
		}
		String group = (when.groupCode() != null) ? when.groupCode().strip().toUpperCase(Locale.ROOT) : "";
		if (AdjustmentGroup.of(group).isEmpty()) {
			throw new RuleViolationException("when.groupCode", "The group code must be CO, OA, PI, PR or CR.");
		}
		if (when.payerOrder() == null) {
			throw new RuleViolationException("when.payerOrder", "Choose primary, secondary or any payer.");
		}
		String payerId = blankToNull(when.payerId());
		if (payerId != null && payerId.length() > 80) {
			throw new RuleViolationException("when.payerId", "The payer id is longer than 80.");
		}
		if (payerId != null && when.payerCategory() != null) {
			throw new RuleViolationException("when.payerCategory", "Name a payer or a payer category, not both.");
		}
		BigDecimal min = when.minDenied();
		if (min != null && (min.signum() < 0 || min.scale() > 2 || min.compareTo(new BigDecimal("1000000000")) >= 0)) {
			throw new RuleViolationException("when.minDenied",
					"The least denied amount must be 0 or more, in dollars and cents.");
		}
		return new RuleCondition(new ArrayList<>(carcs), group, payerId, when.payerCategory(), when.payerOrder(), min);
	}

	private static RuleAction action(RuleAction then, List<String> assignable) {
		String owner = blankToNull(then.assignTo());
		if (owner != null && !assignable.contains(owner)) {
			throw new RuleViolationException("then.assignTo", owner + " is not assigned to this client.");
		}
		Integer days = then.nextActionDays();
		if (days != null && (days < 0 || days > RemittanceRules.MAX_NEXT_ACTION_DAYS)) {
			throw new RuleViolationException("then.nextActionDays",
					"The next action must be 0 to " + RemittanceRules.MAX_NEXT_ACTION_DAYS + " days after posting.");
		}
		String request = blankToNull(then.documentRequest());
		if (request != null && request.length() > RemittanceRules.MAX_DOCUMENT_REQUEST) {
			throw new RuleViolationException("then.documentRequest",
					"The document request is longer than " + RemittanceRules.MAX_DOCUMENT_REQUEST + ".");
		}
		RuleAction normalized = new RuleAction(then.setCategory(), owner, then.workStatus(), days, request);
		if (normalized.doesNothing()) {
			throw new RuleViolationException("then", "Choose at least one action.");
		}
		return normalized;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
