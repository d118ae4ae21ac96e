package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import io.ardesk.dashboards.EscalationTimes;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One client's risk signals for the portfolio, read in the client's own schema. */
@Service
class RiskSignals {

	private final ClientDirectory directory;

	private final RiskSignalQuery query;

	private final KpiQuery kpis;

	private final ObjectProvider<EscalationTimes> escalations;

	private final Clock clock;

	RiskSignals(ClientDirectory directory, RiskSignalQuery query, KpiQuery kpis,
			ObjectProvider<EscalationTimes> escalations, Clock clock) {
		this.directory = directory;
		this.query = query;
		this.kpis = kpis;
		this.escalations = escalations;
		this.clock = clock;
	}

	public record Signals(long deadlinesAtRisk, @Nullable BigDecimal arOver90FourWeeksAgo, BigDecimal totalAr,
			long openEscalations) {
	}

	@ReadsClient
	@Transactional(readOnly = true)
	public Signals signals(ClientId client) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		AgingBasis basis = profile.agingBasis();
		KpiQuery.ArAsOf before = this.kpis.arAsOf(today.minusWeeks(4), basis);
		KpiQuery.ArAsOf now = this.kpis.arAsOf(today, basis);
		EscalationTimes escalationTimes = this.escalations.getIfAvailable();
		return new Signals(this.query.deadlinesAtRisk(today), Ratios.percent(before.over90(), before.total()),
				now.total().setScale(2, java.math.RoundingMode.HALF_UP),
				(escalationTimes != null) ? escalationTimes.openEscalations(client) : 0);
	}

}
