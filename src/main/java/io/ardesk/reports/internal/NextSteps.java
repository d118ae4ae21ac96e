package io.ardesk.reports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingReport;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.shared.ui.Formats;
import io.ardesk.trends.TrendIssue;
import io.ardesk.trends.TrendIssueStatus;

/** The next steps a report proposes, derived from its own figures. */
final class NextSteps {

	private static final int MAX_PREVENTIVE = 3;

	private NextSteps() {
	}

	static List<String> of(ReportContent content) {
		List<String> steps = new ArrayList<>();
		BigDecimal over90 = over90(content.aging());
		if (over90.signum() > 0) {
			steps.add("Work the A/R over 90 days (" + Formats.money(over90)
					+ ") first: oldest and largest claims, with a payer call or appeal on each.");
		}
		BigDecimal days = content.kpis().figures().daysInAr();
		if (days != null && days.compareTo(BigDecimal.valueOf(content.sla().daysInArTarget())) > 0) {
			steps.add("Bring days in A/R from " + KpiLine.days(days) + " down to the target of "
					+ content.sla().daysInArTarget() + " days.");
		}
		if (!content.topDenials().isEmpty()) {
			DenialFigure top = content.topDenials().getFirst();
			steps.add("Stop the top denial reason " + top.key(DenialDimension.REASON) + " at the source ("
					+ Formats.count(top.claims()) + (top.claims() == 1 ? " claim, " : " claims, ")
					+ Formats.money(top.amount()) + ").");
		}
		content.trends()
			.stream()
			.filter((t) -> t.status() != TrendIssueStatus.RESOLVED && t.preventiveAction() != null)
			.limit(MAX_PREVENTIVE)
			.map(TrendIssue::preventiveAction)
			.forEach((action) -> steps.add("Put in place: " + action));
		long openEscalations = content.escalations().stream().filter((e) -> e.status().isOpen()).count();
		if (openEscalations > 0) {
			steps.add((openEscalations == 1) ? "Resolve the open escalation by its deadline."
					: "Resolve the " + openEscalations + " open escalations by their deadlines.");
		}
		long waiting = content.activity().documentRequestsOpen();
		if (waiting > 0) {
			steps.add("For the practice: answer the " + waiting + " open document request" + (waiting == 1 ? "" : "s")
					+ " on the Documents page so the claims can move.");
		}
		if (steps.isEmpty()) {
			steps.add("Keep the pace: nothing needs special attention.");
		}
		return steps;
	}

	static BigDecimal over90(AgingReport aging) {
		BigDecimal total = BigDecimal.ZERO;
		for (AgingBucket bucket : new AgingBucket[] { AgingBucket.B91_120, AgingBucket.B120_PLUS }) {
			total = total.add(aging.insurance().bucket(bucket).amount()).add(aging.patient().bucket(bucket).amount());
		}
		return total;
	}

}
