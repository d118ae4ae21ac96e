package io.ardesk.review.internal;

import java.time.Instant;
import java.util.List;

import io.ardesk.dashboards.CashRecoveryDashboard;
import io.ardesk.documents.DocumentInbox;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationStatus;
import io.ardesk.escalation.Escalations;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.review.AgingMovement;
import io.ardesk.review.OpenEscalation;
import io.ardesk.review.ReviewItem;
import io.ardesk.review.SlaState;
import io.ardesk.review.WeeklyReview;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.trends.TrendIssueStatus;
import io.ardesk.trends.TrendIssues;
import io.ardesk.worklist.HighValueFlags;
import io.ardesk.worklist.QueueSignals;

import org.springframework.stereotype.Component;

/**
 * Gathers a review's figures from the modules that own them: aging and roll rates from
 * the cash-recovery dashboard, claims and deadlines from the work queue, trend issues,
 * escalations and the document inbox as they are now.
 */
@Component
class ReviewFigures {

	/** The most high-value claims a review lists (the count and balance cover all). */
	static final int HIGH_VALUE_LISTED = 20;

	private final CashRecoveryDashboard recovery;

	private final HighValueFlags highValue;

	private final QueueSignals signals;

	private final PayerTrends payers;

	private final TrendIssues trends;

	private final Escalations escalations;

	private final DocumentInbox inbox;

	ReviewFigures(CashRecoveryDashboard recovery, HighValueFlags highValue, QueueSignals signals, PayerTrends payers,
			TrendIssues trends, Escalations escalations, DocumentInbox inbox) {
		this.recovery = recovery;
		this.highValue = highValue;
		this.signals = signals;
		this.payers = payers;
		this.trends = trends;
		this.escalations = escalations;
		this.inbox = inbox;
	}

	AgingMovement aging(ClientProfile client, ReportPeriod week) {
		return AgingMoves.between(this.recovery.week(client.id(), week.to().minusDays(7)),
				this.recovery.week(client.id(), week.to()));
	}

	WeeklyReview review(ClientProfile client, ReportPeriod week, Instant now, List<ReviewItem> items) {
		return new WeeklyReview(client.id().value(), client.name(), week.key(), week.from(), week.to(),
				aging(client, week), this.highValue.openHighValue(client.id(), HIGH_VALUE_LISTED),
				this.signals.deadlinesWithin(client.id(), WeeklyReview.DEADLINE_DAYS),
				this.payers.rising(client.id(), week),
				this.trends.issues(client.id(), null)
					.stream()
					.filter((t) -> t.status() != TrendIssueStatus.RESOLVED)
					.toList(),
				openEscalations(client, now), this.inbox.requests(client.id(), true), items);
	}

	List<OpenEscalation> openEscalations(ClientProfile client, Instant now) {
		return this.escalations.list(client.id(), true)
			.stream()
			.filter((e) -> e.status().isOpen())
			.map((e) -> new OpenEscalation(e, sla(e, now)))
			.toList();
	}

	static SlaState sla(Escalation escalation, Instant now) {
		if (now.isAfter(escalation.resolveBy())) {
			return SlaState.RESOLVE_OVERDUE;
		}
		if (escalation.status() == EscalationStatus.OPEN && now.isAfter(escalation.acknowledgeBy())) {
			return SlaState.ACKNOWLEDGE_OVERDUE;
		}
		return SlaState.ON_TIME;
	}

}
