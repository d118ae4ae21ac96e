package io.ardesk.trends.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.contracts.Underpayment;
import io.ardesk.contracts.Underpayments;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TrendRules;
import io.ardesk.trends.TrendIssueKind;

import org.springframework.stereotype.Component;

/**
 * At least {@code underpayments} underpaid lines by one payer for one procedure code,
 * paid within the last {@code underpaymentDays}: the contract is not being honoured (or
 * the schedule on file is wrong). The affected claims carry the variance at stake.
 */
@Component
class UnderpaymentsRule {

	private final Underpayments underpayments;

	UnderpaymentsRule(Underpayments underpayments) {
		this.underpayments = underpayments;
	}

	List<Hit> detect(ClientId client, LocalDate today, TrendRules rules) {
		Map<String, List<Underpayment>> patterns = new LinkedHashMap<>();
		for (Underpayment u : this.underpayments.list(client, today.minusDays(rules.underpaymentDays()))) {
			patterns.computeIfAbsent(u.payerId() + "|" + u.payer() + "|" + u.procedureCode(), (k) -> new ArrayList<>())
				.add(u);
		}
		List<Hit> hits = new ArrayList<>();
		patterns.forEach((key, lines) -> {
			if (lines.size() < rules.underpayments()) {
				return;
			}
			Underpayment first = lines.getFirst();
			Map<Long, Hit.Claim> claims = new LinkedHashMap<>();
			BigDecimal variance = BigDecimal.ZERO;
			for (Underpayment u : lines) {
				variance = variance.add(u.variance());
				claims.merge(u.claimId(), new Hit.Claim(u.claimId(), u.paidOn(), u.variance(), u.procedureCode()),
						(a, b) -> new Hit.Claim(a.claimId(),
								a.occurredOn().isBefore(b.occurredOn()) ? a.occurredOn() : b.occurredOn(),
								a.amount().add(b.amount()), a.reason()));
			}
			String what = first.payer() + " underpaid " + first.procedureCode() + " on " + lines.size()
					+ " lines in the last " + rules.underpaymentDays() + " days: $"
					+ variance.setScale(2).toPlainString() + " below the contract";
			hits.add(new Hit(TrendIssueKind.UNDERPAYMENTS, "UNDERPAYMENTS|" + key, what, rules.underpayments(),
					List.copyOf(claims.values())));
		});
		return hits;
	}

}
