package io.ardesk.productivity.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.ardesk.productivity.Productivity;
import io.ardesk.productivity.ProductivityReport;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.Role;
import io.ardesk.security.TeamMember;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ClientSummary;
import io.ardesk.tenancy.FirmProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.PayerResponseTime;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Reads each client through {@link ProductivityQuery} (which checks access and binds the
 * client's schema) and tallies the figures per user, client and firm.
 */
@Service
class ProductivityService implements Productivity {

	/** The longest period one report covers. */
	static final int MAX_DAYS = 366;

	private final ClientAccess access;

	private final ClientDirectory directory;

	private final ClientTeam team;

	private final ProductivityQuery query;

	private final java.time.Clock clock;

	ProductivityService(ClientAccess access, ClientDirectory directory, ClientTeam team, ProductivityQuery query,
			java.time.Clock clock) {
		this.access = access;
		this.directory = directory;
		this.team = team;
		this.query = query;
		this.clock = clock;
	}

	@Override
	public ProductivityReport firm(@Nullable LocalDate from, @Nullable LocalDate to) {
		CurrentUser user = staff();
		List<ClientProfile> clients = new ArrayList<>();
		for (ClientSummary summary : user.clients()) {
			this.directory.find(summary.id()).ifPresent(clients::add);
		}
		return report(user, clients, from, to);
	}

	@Override
	@ReadsClient
	public ProductivityReport client(ClientId client, @Nullable LocalDate from, @Nullable LocalDate to) {
		CurrentUser user = staff();
		this.access.requireRead(client);
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		return report(user, List.of(profile), from, to);
	}

	private CurrentUser staff() {
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new InsufficientAuthenticationException("Sign in to see productivity"));
		if (!user.role().isStaff()) {
			throw new ClientAccessDeniedException("Productivity is the firm's own measure.");
		}
		return user;
	}

	private ProductivityReport report(CurrentUser user, List<ClientProfile> clients, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		FirmProfile firm = this.directory.firm();
		LocalDate end = (to != null) ? to : LocalDate.now(this.clock.withZone(firm.timeZone()));
		LocalDate start = (from != null) ? from : end.minusDays(DEFAULT_DAYS - 1);
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "from must not be after to");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw new InvalidInputException("from", "The period is at most " + MAX_DAYS + " days");
		}
		int workingDays = (int) start.datesUntil(end.plusDays(1)).filter(firm::isBusinessDay).count();
		Map<String, String> names = this.team.staff()
			.stream()
			.collect(Collectors.toMap(TeamMember::username, TeamMember::displayName, (a, b) -> a));
		// A specialist sees their own figures only, everywhere (totals included).
		String only = (user.role() == Role.AR_SPECIALIST) ? user.username() : null;
		List<ProductivityReport.Row> rows = new ArrayList<>();
		List<ProductivityReport.Row> totals = new ArrayList<>();
		Tally firmTally = new Tally();
		for (ClientProfile client : clients.stream().sorted(Comparator.comparing(ClientProfile::name)).toList()) {
			Map<String, Tally> byUser = tally(client, start, end, only);
			Tally clientTally = new Tally();
			byUser.forEach((name, tally) -> {
				rows.add(new ProductivityReport.Row(client.id().value(), client.name(), name,
						names.getOrDefault(name, name), tally.figures(workingDays)));
				clientTally.add(tally);
			});
			totals.add(new ProductivityReport.Row(client.id().value(), client.name(), null, null,
					clientTally.figures(workingDays)));
			firmTally.add(clientTally);
		}
		return new ProductivityReport(start, end, workingDays, List.copyOf(rows), List.copyOf(totals),
				firmTally.figures(workingDays));
	}

	private Map<String, Tally> tally(ClientProfile client, LocalDate from, LocalDate to, @Nullable String only) {
		ZoneId zone = client.timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		ProductivityQuery.Activity activity = this.query.read(client.id(), zone, from, to, today);
		Map<String, Tally> byUser = new TreeMap<>();
		for (ProductivityQuery.Touch touch : activity.touches()) {
			Tally tally = byUser.computeIfAbsent(touch.user(), (name) -> new Tally());
			tally.touches++;
			if (touch.followUp() && touch.submittedOn() != null) {
				LocalDate day = touch.at().atZone(zone).toLocalDate();
				int wait = PayerResponseTime.days(client, touch.payerId(), touch.payerCategory());
				if (ChronoUnit.DAYS.between(touch.submittedOn(), day) < wait) {
					tally.avoidable++;
				}
			}
		}
		for (ProductivityQuery.FirstTouch first : activity.firstTouches()) {
			long days = ChronoUnit.DAYS.between(first.entered(), first.at().atZone(zone).toLocalDate());
			byUser.computeIfAbsent(first.user(), (name) -> new Tally()).daysToFirstTouch.add(Math.max(0, days));
		}
		for (ProductivityQuery.Recovered recovered : activity.recovered()) {
			Tally tally = byUser.computeIfAbsent(recovered.user(), (name) -> new Tally());
			tally.cash = tally.cash.add(recovered.amount());
		}
		for (ProductivityQuery.Overdue overdue : activity.overdue()) {
			byUser.computeIfAbsent(overdue.user(), (name) -> new Tally()).overdue += overdue.claims();
		}
		if (only != null) {
			byUser.keySet().retainAll(List.of(only));
		}
		byUser.values().removeIf(Tally::isEmpty);
		return byUser;
	}

}
