package io.ardesk.trends.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.codes.DenialCategory;
import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.denials.DenialFilter;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TrendRules;
import io.ardesk.trends.TrendIssueKind;

import org.springframework.stereotype.Component;

/**
 * A denial category whose share of adjudicated claims over the last
 * {@code repeatedDenialsDays} is at least {@code denialRateFactor} times its share over
 * the {@code denialRateBaselineDays} before. It needs at least {@code repeatedDenials}
 * recent denials (a rate from two claims is noise) and a baseline with adjudicated claims
 * (a new client has nothing to compare with).
 */
@Component
class DenialRateRule {

	private final DenialAnalytics analytics;

	DenialRateRule(DenialAnalytics analytics) {
		this.analytics = analytics;
	}

	List<Hit> detect(ClientId client, LocalDate today, TrendRules rules) {
		LocalDate recentFrom = today.minusDays(rules.repeatedDenialsDays());
		LocalDate baselineTo = recentFrom.minusDays(1);
		LocalDate baselineFrom = baselineTo.minusDays(rules.denialRateBaselineDays());
		long recentAdjudicated = this.analytics.adjudicatedClaims(client, recentFrom, today);
		long baselineAdjudicated = this.analytics.adjudicatedClaims(client, baselineFrom, baselineTo);
		if (recentAdjudicated == 0 || baselineAdjudicated == 0) {
			return List.of();
		}
		Map<String, Long> baseline = new HashMap<>();
		for (DenialFigure figure : this.analytics.summary(client, baselineFrom, baselineTo,
				EnumSet.of(DenialDimension.CATEGORY))) {
			baseline.put(figure.key(DenialDimension.CATEGORY), figure.claims());
		}
		List<Hit> hits = new ArrayList<>();
		for (DenialFigure figure : this.analytics.summary(client, recentFrom, today,
				EnumSet.of(DenialDimension.CATEGORY))) {
			String category = figure.key(DenialDimension.CATEGORY);
			double recentRate = figure.claims() / (double) recentAdjudicated;
			double baselineRate = baseline.getOrDefault(category, 0L) / (double) baselineAdjudicated;
			if (figure.claims() < rules.repeatedDenials()
					|| recentRate < rules.denialRateFactor().doubleValue() * baselineRate) {
				continue;
			}
			String what = DenialCategory.valueOf(category).label() + " denials at " + percent(recentRate)
					+ " of adjudicated claims in the last " + rules.repeatedDenialsDays() + " days, against "
					+ percent(baselineRate) + " in the " + rules.denialRateBaselineDays() + " days before";
			hits.add(new Hit(TrendIssueKind.DENIAL_RATE, "DENIAL_RATE|" + category, what, rules.repeatedDenials(),
					this.analytics
						.claims(client, recentFrom, today, new DenialFilter(Map.of(DenialDimension.CATEGORY, category)),
								1000)
						.stream()
						.map((claim) -> new Hit.Claim(claim.claimId(), claim.deniedOn(), claim.denied(),
								claim.reason()))
						.toList()));
		}
		return hits;
	}

	private static String percent(double rate) {
		return BigDecimal.valueOf(rate * 100).setScale(0, java.math.RoundingMode.HALF_UP) + "%";
	}

}
