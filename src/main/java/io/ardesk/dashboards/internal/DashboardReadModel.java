package io.ardesk.dashboards.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.ardesk.dashboards.CashRecoveryDashboard;
import io.ardesk.dashboards.DashboardSnapshot;
import io.ardesk.dashboards.DashboardSnapshots;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.dashboards.ServiceLevels;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of each client's default dashboard (trailing 90 days ending today): the
 * KPI report, the SLA panel, the cash-recovery weeks and the portfolio's risk signals,
 * computed together and stored as one row in the client's schema. A reader gets the row
 * as stored; it is computed on the spot only when missing, from an earlier day, or older
 * than the ledger's latest journal row (a posting the refresh job has not caught up with
 * yet, or one made outside the posting services).
 */
@Service
class DashboardReadModel implements DashboardSnapshots {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ClientDirectory directory;

	private final DashboardSnapshotStore store;

	private final Kpis kpis;

	private final SlaCalculation sla;

	private final CashRecoveryWeeks recovery;

	private final RiskSignals signals;

	private final Clock clock;

	private final ClientAccess access;

	DashboardReadModel(ClientDirectory directory, DashboardSnapshotStore store, Kpis kpis, SlaCalculation sla,
			CashRecoveryWeeks recovery, RiskSignals signals, Clock clock, ClientAccess access) {
		this.access = access;
		this.directory = directory;
		this.store = store;
		this.kpis = kpis;
		this.sla = sla;
		this.recovery = recovery;
		this.signals = signals;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional
	public DashboardSnapshot current(ClientId client) {
		return stored(client).snapshot();
	}

	@Override
	@ChangesClient
	@Transactional
	public DashboardSnapshot refresh(ClientId client) {
		boolean manager = this.access.currentUser()
			.map((user) -> user.role() == Role.ACCOUNT_MANAGER || user.role() == Role.FIRM_ADMIN)
			.orElse(false);
		if (!manager) {
			throw new AccessDeniedException("Only account managers and firm administrators refresh a dashboard");
		}
		return compute(profile(client)).snapshot();
	}

	/** The stored dashboard with the risk signals, fresh as {@link #current} keeps it. */
	@ReadsClient
	@Transactional
	public StoredDashboard stored(ClientId client) {
		ClientProfile profile = profile(client);
		Optional<DashboardSnapshotStore.Row> row = this.store.find();
		if (row.isPresent() && row.get().asOf().equals(today(profile))
				&& row.get().journalMark() >= this.store.journalMark()) {
			return json.readValue(row.get().figures(), StoredDashboard.class);
		}
		return compute(profile);
	}

	/** The refresh job: recomputes whatever the row holds (the portal's own work). */
	@ReadsClient
	@Transactional
	public void recompute(ClientId client) {
		this.store.clearRequest();
		compute(profile(client));
	}

	/**
	 * After a posting committed: true when no refresh was pending, so that the caller
	 * enqueues one (at most one pending refresh per client).
	 */
	@ReadsClient
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean requestRefresh(ClientId client) {
		return this.store.requestRefresh(this.clock.instant());
	}

	/** Computes the client's dashboard from the ledger now, without storing it. */
	@ReadsClient
	@Transactional(readOnly = true)
	public StoredDashboard live(ClientId client) {
		return calculate(profile(client));
	}

	private StoredDashboard compute(ClientProfile profile) {
		long mark = this.store.journalMark();
		StoredDashboard stored = calculate(profile);
		this.store.save(stored.asOf(), stored.computedAt(), mark, json.writeValueAsString(stored));
		return stored;
	}

	private StoredDashboard calculate(ClientProfile profile) {
		// Microseconds, as the row's timestamptz keeps it.
		Instant computedAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = today(profile);
		KpiReport report = this.kpis.kpis(profile.id(), today.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1), today);
		ServiceLevels.SlaPanel panel = this.sla.panel(profile, report);
		CashRecoveryDashboard.CashRecovery weeks = this.recovery.weeks(profile, today);
		return new StoredDashboard(today, computedAt, report, panel, weeks, this.signals.signals(profile.id()));
	}

	private LocalDate today(ClientProfile profile) {
		return LocalDate.now(this.clock.withZone(profile.timeZone()));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
