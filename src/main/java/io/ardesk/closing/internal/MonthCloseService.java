package io.ardesk.closing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingReports;
import io.ardesk.closing.MonthAging;
import io.ardesk.closing.MonthCloses;
import io.ardesk.closing.MonthFigures;
import io.ardesk.closing.MonthState;
import io.ardesk.closing.MonthStatus;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes months in order and serves their figures: frozen ones from
 * {@link MonthCloseStore}, live ones from {@link Kpis} and {@link AgingReports}.
 */
@Service
class MonthCloseService implements MonthCloses {

	private static final Set<Role> CLOSERS = Set.of(Role.ACCOUNT_MANAGER, Role.FIRM_ADMIN);

	private final MonthCloseStore store;

	private final Kpis kpis;

	private final AgingReports aging;

	private final ClientDirectory directory;

	private final ClientAccess access;

	private final Clock clock;

	MonthCloseService(MonthCloseStore store, Kpis kpis, AgingReports aging, ClientDirectory directory,
			ClientAccess access, Clock clock) {
		this.store = store;
		this.kpis = kpis;
		this.aging = aging;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<MonthStatus> months(ClientId client) {
		YearMonth current = YearMonth.from(today(client));
		Map<YearMonth, MonthCloseStore.Closed> closed = this.store.closed()
			.stream()
			.collect(Collectors.toMap(MonthCloseStore.Closed::month, Function.identity()));
		Optional<YearMonth> next = this.store.lastClosed().map((last) -> last.plusMonths(1));
		List<MonthStatus> months = new ArrayList<>();
		for (int i = 0; i < RECENT_MONTHS; i++) {
			months.add(status(current.minusMonths(i), current, closed, next));
		}
		YearMonth oldestListed = current.minusMonths(RECENT_MONTHS - 1);
		closed.keySet()
			.stream()
			.filter((month) -> month.isBefore(oldestListed))
			.sorted(java.util.Comparator.reverseOrder())
			.forEach((month) -> months.add(status(month, current, closed, next)));
		return months;
	}

	private static MonthStatus status(YearMonth month, YearMonth current, Map<YearMonth, MonthCloseStore.Closed> closed,
			Optional<YearMonth> next) {
		MonthCloseStore.Closed done = closed.get(month);
		boolean ended = month.isBefore(current);
		if (done != null) {
			return new MonthStatus(month, MonthState.CLOSED, true, false, done.closedBy(), done.closedAt());
		}
		boolean closable = ended && next.map(month::equals).orElse(true);
		return new MonthStatus(month, MonthState.OPEN, ended, closable, null, null);
	}

	@Override
	@ChangesClient
	@Transactional
	public MonthFigures close(ClientId client, YearMonth month) {
		CurrentUser user = this.access.currentUser().orElse(null);
		if (user == null || !CLOSERS.contains(user.role())) {
			throw new ClientAccessDeniedException("Only account managers and firm administrators close months");
		}
		requireEnded(client, month);
		this.store.lockForClose();
		if (this.store.frozen(month).isPresent()) {
			throw new ConflictException("month", month + " is already closed");
		}
		Optional<YearMonth> last = this.store.lastClosed();
		if (last.isPresent() && !last.get().plusMonths(1).equals(month)) {
			YearMonth next = last.get().plusMonths(1);
			throw new RuleViolationException("month", "Months close in order: " + last.get()
					+ " is the last closed month, so the next to close is " + next + ", not " + month);
		}
		KpiReport report = this.kpis.kpis(client, month.atDay(1), month.atEndOfMonth());
		MonthAging agingThen = aging(client, month);
		try {
			this.store.insert(month, user.username(), report.computedAt(), report, agingThen);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("month", month + " is already closed");
		}
		return new MonthFigures(month, MonthState.CLOSED, user.username(), report.computedAt(), report, agingThen);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public MonthFigures figures(ClientId client, YearMonth month) {
		Optional<MonthCloseStore.Frozen> frozen = this.store.frozen(month);
		if (frozen.isPresent()) {
			MonthCloseStore.Frozen f = frozen.get();
			MonthCloseStore.FrozenKpis k = f.kpis();
			KpiReport report = new KpiReport(client, month.atDay(1), month.atEndOfMonth(), month.atEndOfMonth(),
					f.closed().closedAt(), k.figures(), k.basis(), k.chargeLag(), k.recoveries());
			return new MonthFigures(month, MonthState.CLOSED, f.closed().closedBy(), f.closed().closedAt(), report,
					f.aging());
		}
		requireEnded(client, month);
		return new MonthFigures(month, MonthState.OPEN, null, null,
				this.kpis.kpis(client, month.atDay(1), month.atEndOfMonth()), aging(client, month));
	}

	private MonthAging aging(ClientId client, YearMonth month) {
		AgingReport report = this.aging.report(client, month.atEndOfMonth(), AgingGrouping.PAYER_CATEGORY);
		return new MonthAging(report.asOf(), report.insurance(), report.patient(), report.credits());
	}

	private void requireEnded(ClientId client, YearMonth month) {
		LocalDate today = today(client);
		if (!month.isBefore(YearMonth.from(today))) {
			throw new RuleViolationException("month", month + " has not ended yet (today is " + today
					+ " in the client's time zone); a month can be closed, and its figures shown, once it is over");
		}
	}

	private LocalDate today(ClientId client) {
		return LocalDate.now(this.clock
			.withZone(this.directory.find(client).orElseThrow(() -> new UnknownClientException(client)).timeZone()));
	}

}
