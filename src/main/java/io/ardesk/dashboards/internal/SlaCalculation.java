package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.dashboards.EscalationTimes;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.dashboards.ServiceLevels;
import io.ardesk.dashboards.SlaMeasure;
import io.ardesk.dashboards.SlaMeasureKind;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.SlaTargets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Computes the SLA panel of the bound client today against its targets, from the KPIs of
 * the trailing window ending today (computed once for the whole dashboard).
 */
@Component
class SlaCalculation {

	private final SlaQuery query;

	private final ObjectProvider<EscalationTimes> escalations;

	private final Clock clock;

	SlaCalculation(SlaQuery query, ObjectProvider<EscalationTimes> escalations, Clock clock) {
		this.query = query;
		this.escalations = escalations;
		this.clock = clock;
	}

	ServiceLevels.SlaPanel panel(ClientProfile profile, KpiReport kpi) {
		SlaTargets sla = profile.sla();
		Instant now = this.clock.instant();
		LocalDate today = kpi.to();
		LocalDate from = kpi.from();
		List<SlaMeasure> measures = new ArrayList<>();
		measures.add(SlaMeasure.of(SlaMeasureKind.TOUCHED_WITHIN_CADENCE, sla.touchedWithinCadencePercent(),
				this.query.touchedSincePercent(now.minus(Duration.ofDays(sla.touchCadenceDays())))));
		measures.add(SlaMeasure.of(SlaMeasureKind.OVERDUE_NEXT_ACTIONS, sla.maxOverduePercent(),
				this.query.overduePercent(today)));
		measures
			.add(SlaMeasure.of(SlaMeasureKind.DENIAL_FIRST_TOUCH_DAYS, BigDecimal.valueOf(sla.denialFirstTouchDays()),
					this.query.denialFirstTouchDays(now.minus(Duration.ofDays(Kpis.DEFAULT_WINDOW_DAYS)), now)));
		EscalationTimes escalationTimes = this.escalations.getIfAvailable();
		measures.add(SlaMeasure.of(SlaMeasureKind.ESCALATION_ACKNOWLEDGE_HOURS,
				BigDecimal.valueOf(sla.escalationAcknowledgeHours()), (escalationTimes != null)
						? escalationTimes.medianAcknowledgeHours(profile.id(), from, today).orElse(null) : null));
		measures.add(SlaMeasure.of(SlaMeasureKind.ESCALATION_RESOLVE_DAYS,
				BigDecimal.valueOf(sla.escalationResolveDays()), (escalationTimes != null)
						? escalationTimes.medianResolveDays(profile.id(), from, today).orElse(null) : null));
		measures.add(SlaMeasure.of(SlaMeasureKind.DAYS_IN_AR, BigDecimal.valueOf(sla.daysInArTarget()),
				kpi.figures().daysInAr()));
		measures.add(SlaMeasure.of(SlaMeasureKind.AR_OVER_90_PERCENT, sla.maxPercentOver90(),
				kpi.figures().arOver90Percent()));
		return new ServiceLevels.SlaPanel(profile.id(), now, measures);
	}

}
