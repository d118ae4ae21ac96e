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
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.SlaTargets;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks a client's service levels today against its targets. */
@Service
class ServiceLevelService implements ServiceLevels {

	private final ClientDirectory directory;

	private final SlaQuery query;

	private final Kpis kpis;

	private final ObjectProvider<EscalationTimes> escalations;

	private final Clock clock;

	ServiceLevelService(ClientDirectory directory, SlaQuery query, Kpis kpis,
			ObjectProvider<EscalationTimes> escalations, Clock clock) {
		this.directory = directory;
		this.query = query;
		this.kpis = kpis;
		this.escalations = escalations;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public SlaPanel panel(ClientId client) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		SlaTargets sla = profile.sla();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		LocalDate from = today.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1);
		KpiReport kpi = this.kpis.kpis(client, from, today);
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
						? escalationTimes.medianAcknowledgeHours(client, from, today).orElse(null) : null));
		measures.add(SlaMeasure.of(SlaMeasureKind.ESCALATION_RESOLVE_DAYS,
				BigDecimal.valueOf(sla.escalationResolveDays()), (escalationTimes != null)
						? escalationTimes.medianResolveDays(client, from, today).orElse(null) : null));
		measures.add(SlaMeasure.of(SlaMeasureKind.DAYS_IN_AR, BigDecimal.valueOf(sla.daysInArTarget()),
				kpi.figures().daysInAr()));
		measures.add(SlaMeasure.of(SlaMeasureKind.AR_OVER_90_PERCENT, sla.maxPercentOver90(),
				kpi.figures().arOver90Percent()));
		return new SlaPanel(client, now, measures);
	}

}
