package io.ardesk.aging.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingCredits;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingLine;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingReports;
import io.ardesk.aging.AgingRow;
import io.ardesk.aging.AgingTotals;
import io.ardesk.aging.ClaimInBucket;
import io.ardesk.aging.ClientAging;
import io.ardesk.aging.FutureAsOfDateException;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ages the bound client's ledger through plain SQL read models. */
@Service
class AgingReportService implements AgingReports {

	private static final int MAX_DRILL_DOWN = 1000;

	private final ClientDirectory directory;

	private final AgingQuery aging;

	private final DrillDownQuery drillDown;

	private final Clock clock;

	/**
	 * This service as other beans see it: the portfolio calls the per-client report
	 * through the proxy so that each client's access check and schema binding apply.
	 */
	private final ObjectProvider<AgingReports> self;

	AgingReportService(ClientDirectory directory, AgingQuery aging, DrillDownQuery drillDown, Clock clock,
			ObjectProvider<AgingReports> self) {
		this.directory = directory;
		this.aging = aging;
		this.drillDown = drillDown;
		this.clock = clock;
		this.self = self;
	}

	@Override
	@ReadsClient
	public LocalDate today(ClientId client) {
		return LocalDate.now(this.clock.withZone(profile(client).timeZone()));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public AgingReport report(ClientId client, LocalDate asOf, AgingGrouping grouping) {
		ClientProfile profile = checkedProfile(client, asOf);
		List<AgingRow> rows = this.aging.rows(asOf, profile.agingBasis(), grouping, isToday(profile, asOf));
		AgingLine insurance = AgingLine.EMPTY;
		AgingLine patient = AgingLine.EMPTY;
		AgingCredits credits = AgingCredits.NONE;
		for (AgingRow row : rows) {
			insurance = insurance.plus(row.insurance());
			patient = patient.plus(row.patient());
			credits = credits.plus(row.credits());
		}
		return new AgingReport(client, asOf, profile.agingBasis(), grouping,
				AgingTotals.of(ResponsibleParty.INSURANCE, insurance),
				AgingTotals.of(ResponsibleParty.PATIENT, patient), credits, rows);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<ClaimInBucket> drillDown(ClientId client, LocalDate asOf, AgingGrouping grouping,
			@Nullable String groupKey, AgingBucket bucket, ResponsibleParty owedBy, int limit) {
		ClientProfile profile = checkedProfile(client, asOf);
		return this.drillDown.claims(asOf, profile.agingBasis(), grouping, groupKey, bucket, owedBy,
				Math.max(1, Math.min(limit, MAX_DRILL_DOWN)), isToday(profile, asOf));
	}

	@Override
	public List<ClientAging> portfolio(List<ClientId> clients, LocalDate asOf) {
		AgingReports checked = this.self.getObject();
		return clients.stream().map((client) -> {
			AgingReport report = checked.report(client, asOf, AgingGrouping.PAYER_CATEGORY);
			return new ClientAging(client, report.basis(), report.insurance(), report.patient(), report.credits());
		}).toList();
	}

	private ClientProfile checkedProfile(ClientId client, LocalDate asOf) {
		Inputs.date(asOf, "asOf", "The as-of date");
		ClientProfile profile = profile(client);
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		if (asOf.isAfter(today)) {
			throw new FutureAsOfDateException(asOf, today);
		}
		return profile;
	}

	/**
	 * Today the journal and the claims agree (no journal row is dated after the day it
	 * was recorded), so the claims' own balances answer it fastest.
	 */
	private boolean isToday(ClientProfile profile, LocalDate asOf) {
		return !asOf.isBefore(LocalDate.now(this.clock.withZone(profile.timeZone())));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
