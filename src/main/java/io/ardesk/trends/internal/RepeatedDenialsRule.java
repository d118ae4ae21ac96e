package io.ardesk.trends.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.denials.DenialFilter;
import io.ardesk.denials.DeniedClaim;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TrendRules;
import io.ardesk.trends.TrendIssueKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * At least {@code repeatedDenials} claims denied by one payer for one group + CARC within
 * {@code repeatedDenialsDays}. The pattern is payer + reason, so that it stays one issue
 * as claims come and go; when one procedure or one location accounts for at least the
 * threshold, the description names it, because that narrows where the fix belongs.
 */
@Component
class RepeatedDenialsRule {

	private final DenialAnalytics analytics;

	private final ReasonCodeCatalog catalog;

	RepeatedDenialsRule(DenialAnalytics analytics, ReasonCodeCatalog catalog) {
		this.analytics = analytics;
		this.catalog = catalog;
	}

	List<Hit> detect(ClientId client, LocalDate today, TrendRules rules) {
		LocalDate from = today.minusDays(rules.repeatedDenialsDays());
		List<Hit> hits = new ArrayList<>();
		List<DenialFigure> byProcedure = List.of();
		List<DenialFigure> byLocation = List.of();
		boolean narrowed = false;
		for (DenialFigure figure : this.analytics.summary(client, from, today,
				EnumSet.of(DenialDimension.PAYER, DenialDimension.REASON))) {
			if (figure.claims() < rules.repeatedDenials()) {
				continue;
			}
			if (!narrowed) {
				byProcedure = this.analytics.summary(client, from, today,
						EnumSet.of(DenialDimension.PAYER, DenialDimension.REASON, DenialDimension.PROCEDURE));
				byLocation = this.analytics.summary(client, from, today,
						EnumSet.of(DenialDimension.PAYER, DenialDimension.REASON, DenialDimension.LOCATION));
				narrowed = true;
			}
			String payer = figure.key(DenialDimension.PAYER);
			String reason = figure.key(DenialDimension.REASON);
			List<DeniedClaim> claims = this.analytics.claims(client, from, today,
					new DenialFilter(Map.of(DenialDimension.PAYER, payer, DenialDimension.REASON, reason)), 1000);
			String[] code = reason.split("-", 2);
			StringBuilder what = new StringBuilder(
					payer + " denied " + figure.claims() + " claims for " + this.catalog.describe(code[0], code[1])
							+ " in the last " + rules.repeatedDenialsDays() + " days");
			narrowing(byProcedure, DenialDimension.PROCEDURE, figure, rules, "for procedure ", what);
			narrowing(byLocation, DenialDimension.LOCATION, figure, rules, "at ", what);
			hits.add(new Hit(TrendIssueKind.REPEATED_DENIALS, "REPEATED_DENIALS|" + payer + "|" + reason,
					what.toString(), rules.repeatedDenials(),
					claims.stream()
						.map((claim) -> new Hit.Claim(claim.claimId(), claim.deniedOn(), claim.denied(),
								claim.reason()))
						.toList()));
		}
		return hits;
	}

	private static void narrowing(List<DenialFigure> figures, DenialDimension dimension, DenialFigure group,
			TrendRules rules, String words, StringBuilder what) {
		@Nullable DenialFigure top = null;
		for (DenialFigure figure : figures) {
			String value = figure.key(dimension);
			if (same(figure, group) && !"claim level".equals(value) && !"unknown".equals(value)
					&& (top == null || figure.claims() > top.claims())) {
				top = figure;
			}
		}
		if (top != null && top.claims() >= rules.repeatedDenials()) {
			what.append(top.claims() == group.claims() ? ", all " : ", " + top.claims() + " of them ")
				.append(words)
				.append(top.key(dimension));
		}
	}

	private static boolean same(DenialFigure figure, DenialFigure group) {
		return java.util.Objects.equals(figure.key(DenialDimension.PAYER), group.key(DenialDimension.PAYER))
				&& java.util.Objects.equals(figure.key(DenialDimension.REASON), group.key(DenialDimension.REASON));
	}

}
