package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.ardesk.dashboards.Portfolio;
import io.ardesk.dashboards.PortfolioEntry;
import io.ardesk.dashboards.ServiceLevels;
import io.ardesk.dashboards.SlaMeasure;
import io.ardesk.dashboards.SlaMeasureKind;
import io.ardesk.dashboards.SlaStatus;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ClientSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Ranks the caller's clients by risk from the dashboard read model: one stored row per
 * client, read through its own access check (which binds that client's schema); no ledger
 * is walked per request.
 */
@Service
class PortfolioService implements Portfolio {

	static final int MIN_PEERS = 5;

	private final ClientAccess access;

	private final ClientDirectory directory;

	private final DashboardReadModel readModel;

	PortfolioService(ClientAccess access, ClientDirectory directory, DashboardReadModel readModel) {
		this.access = access;
		this.directory = directory;
		this.readModel = readModel;
	}

	@Override
	public Ranked ranked() {
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new InsufficientAuthenticationException("Sign in to see the portfolio"));
		List<PortfolioEntry> entries = new ArrayList<>();
		for (ClientSummary client : user.clients()) {
			ClientProfile profile = this.directory.find(client.id()).orElse(null);
			if (profile != null) {
				entries.add(entry(profile));
			}
		}
		entries = withPeers(entries);
		entries.sort(Comparator.comparingInt(PortfolioEntry::risk).reversed().thenComparing(PortfolioEntry::name));
		Totals totals = new Totals(entries.size(), entries.stream().mapToLong(PortfolioEntry::slaReds).sum(),
				entries.stream().map(PortfolioEntry::totalAr).reduce(BigDecimal.ZERO, BigDecimal::add),
				entries.stream().mapToLong(PortfolioEntry::deadlinesAtRisk).sum(),
				entries.stream().mapToLong(PortfolioEntry::openEscalations).sum());
		return new Ranked(List.copyOf(entries), totals);
	}

	private PortfolioEntry entry(ClientProfile profile) {
		StoredDashboard stored = this.readModel.stored(profile.id());
		ServiceLevels.SlaPanel panel = stored.sla();
		RiskSignals.Signals signals = stored.signals();
		BigDecimal daysInAr = actual(panel, SlaMeasureKind.DAYS_IN_AR);
		BigDecimal over90 = actual(panel, SlaMeasureKind.AR_OVER_90_PERCENT);
		BigDecimal change = (over90 != null && signals.arOver90FourWeeksAgo() != null)
				? over90.subtract(signals.arOver90FourWeeksAgo()) : null;
		long reds = count(panel, SlaStatus.RED);
		long ambers = count(panel, SlaStatus.AMBER);
		int risk = (int) (10 * reds + 3 * ambers + Math.min(20, 2 * signals.deadlinesAtRisk())
				+ 5 * signals.openEscalations()
				+ ((change != null && change.signum() > 0) ? change.setScale(0, RoundingMode.HALF_UP).intValue() : 0));
		SlaStatus worst = (reds > 0) ? SlaStatus.RED : (ambers > 0) ? SlaStatus.AMBER
				: (count(panel, SlaStatus.GREEN) > 0) ? SlaStatus.GREEN : SlaStatus.NOT_MEASURED;
		return new PortfolioEntry(profile.id(), profile.name(), profile.specialty(), risk, worst, daysInAr, over90,
				change, reds, signals.deadlinesAtRisk(), signals.openEscalations(), signals.totalAr(), null,
				stored.computedAt());
	}

	/** Peer ranks by days in A/R within each specialty that has at least five clients. */
	static List<PortfolioEntry> withPeers(List<PortfolioEntry> entries) {
		Map<String, List<PortfolioEntry>> bySpecialty = entries.stream()
			.filter((e) -> e.specialty() != null && e.daysInAr() != null)
			.collect(Collectors.groupingBy((e) -> Objects.requireNonNull(e.specialty())));
		List<PortfolioEntry> ranked = new ArrayList<>();
		for (PortfolioEntry entry : entries) {
			List<PortfolioEntry> peers = (entry.specialty() != null && entry.daysInAr() != null)
					? bySpecialty.getOrDefault(entry.specialty(), List.of()) : List.of();
			ranked.add((peers.size() >= MIN_PEERS) ? withRank(entry, peers) : entry);
		}
		return ranked;
	}

	private static PortfolioEntry withRank(PortfolioEntry entry, List<PortfolioEntry> peers) {
		List<BigDecimal> days = peers.stream().map((e) -> Objects.requireNonNull(e.daysInAr())).sorted().toList();
		int rank = 1
				+ (int) days.stream().filter((d) -> d.compareTo(Objects.requireNonNull(entry.daysInAr())) < 0).count();
		int n = days.size();
		BigDecimal median = (n % 2 == 1) ? days.get(n / 2)
				: days.get(n / 2 - 1).add(days.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
		return new PortfolioEntry(entry.clientId(), entry.name(), entry.specialty(), entry.risk(), entry.status(),
				entry.daysInAr(), entry.arOver90Percent(), entry.arOver90Change(), entry.slaReds(),
				entry.deadlinesAtRisk(), entry.openEscalations(), entry.totalAr(),
				new PortfolioEntry.PeerRank(rank, n, median), entry.computedAt());
	}

	private static @Nullable BigDecimal actual(ServiceLevels.SlaPanel panel, SlaMeasureKind kind) {
		return panel.measures()
			.stream()
			.filter((m) -> m.measure() == kind)
			.findFirst()
			.map(SlaMeasure::actual)
			.orElse(null);
	}

	private static long count(ServiceLevels.SlaPanel panel, SlaStatus status) {
		return panel.measures().stream().filter((m) -> m.status() == status).count();
	}

}
