package io.ardesk.demodata.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.ardesk.demodata.ArStory;
import io.ardesk.demodata.FirmWork;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationReason;
import io.ardesk.escalation.Escalations;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.trends.TrendIssues;
import io.ardesk.worklist.AppealOutcome;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.FollowUpChannel;
import io.ardesk.worklist.FollowUpEntry;
import io.ardesk.worklist.FollowUpOutcome;
import io.ardesk.worklist.WorkspaceState;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Replays the firm's work of a demo story through the worklist's own services (so every
 * rule holds) and dates it on the day the story says it was done.
 */
@Component
class FirmWorkReplay {

	private static final String[] REPS = { "Dana at the payer", "Luis (provider services)", "Kim, claims unit",
			"Ravi, appeals desk" };

	private final ClaimWorkspace workspace;

	private final ClaimActions actions;

	private final Escalations escalations;

	private final TrendIssues trends;

	private final DemoTimeline timeline;

	private final ClientTeam team;

	private final Clock clock;

	/** The client's AR specialists, looked up once per client and load. */
	private final Map<ClientId, List<String>> specialists = new ConcurrentHashMap<>();

	FirmWorkReplay(ClaimWorkspace workspace, ClaimActions actions, Escalations escalations, TrendIssues trends,
			DemoTimeline timeline, ClientTeam team, Clock clock) {
		this.clock = clock;
		this.team = team;
		this.workspace = workspace;
		this.actions = actions;
		this.escalations = escalations;
		this.trends = trends;
		this.timeline = timeline;
	}

	/** One call or appeal of the history, dated on its day in the afternoon. */
	void replay(ClientId client, FirmWork work, LocalDate today, ZoneId zone) {
		Instant since = this.clock.instant();
		int minute = Math.floorMod(work.claimNumber().hashCode(), 180);
		Instant at = work.date().atTime(LocalTime.of(13, 0).plusMinutes(minute)).atZone(zone).toInstant();
		WorkspaceState state = this.workspace.state(client, work.claimNumber()).orElse(null);
		String owner = worker(client, state, work.claimNumber());
		long version = (state != null) ? state.version() : 0;
		LocalDate next = today.plusDays(14);
		asUser(owner, () -> {
			switch (work.kind()) {
				case NO_RESPONSE_CALL -> call(client, work, version, FollowUpOutcome.NO_CLAIM_ON_FILE,
						"No claim on file; sent again by fax, payer to process within 15 days", next);
				case DENIAL_CALL -> call(client, work, version, FollowUpOutcome.CORRECTED_CLAIM_SENT,
						"Denied service reopened by phone; payer reprocesses the line", next);
				case APPEAL -> appeal(client, work, version, next);
			}
			return null;
		});
		this.timeline.redate(client, work.claimNumber(), since, at);
	}

	private void appeal(ClientId client, FirmWork work, long version, LocalDate next) {
		try {
			this.actions.startAppeal(client, work.claimNumber(), 1,
					"Denial not supported by the record; documentation enclosed");
		}
		catch (DomainException ex) {
			// a year-old denial is past today's appeal window: the story's
			// reconsideration
			// is then recorded as the call that asked for it
			call(client, work, version, FollowUpOutcome.APPEAL_SUBMITTED,
					"Reconsideration requested by phone with the records; payer to reprocess", next);
		}
	}

	private void call(ClientId client, FirmWork work, long version, FollowUpOutcome outcome, String note,
			LocalDate next) {
		FollowUpEntry call = new FollowUpEntry(FollowUpChannel.CALL,
				REPS[Math.floorMod(work.claimNumber().hashCode(), REPS.length)],
				"CR" + (7_300_000 + Math.floorMod(work.claimNumber().hashCode(), 99_999)), outcome, note, false, next);
		this.workspace.logFollowUp(client, work.claimNumber(), call, version);
	}

	/**
	 * The story's recent work: a status call on its share of the open claims, spread over
	 * the client's cadence so that the latest touch of each is within it.
	 */
	int recentCalls(ClientId client, ArStory story, int cadenceDays, LocalDate today, ZoneId zone) {
		int logged = 0;
		for (String claim : this.timeline.openClaims(client)) {
			int draw = Math.floorMod((claim + story.name()).hashCode() * 31 + 17, 1000);
			if (draw >= story.touchedShare() * 1000) {
				continue;
			}
			int daysAgo = draw % Math.max(1, cadenceDays - 1);
			FirmWork work = new FirmWork(today.minusDays(daysAgo), claim, FirmWork.FirmWorkKind.NO_RESPONSE_CALL,
					false);
			Instant since = this.clock.instant();
			WorkspaceState state = this.workspace.state(client, claim).orElse(null);
			String owner = worker(client, state, claim);
			long version = (state != null) ? state.version() : 0;
			asUser(owner, () -> {
				call(client, work, version, FollowUpOutcome.IN_PROCESS,
						"Claim on file, in process; call back if unpaid", today.plusDays(5 + draw % 10));
				return null;
			});
			Instant at = today.minusDays(daysAgo)
				.atTime(LocalTime.of(9, 30).plusMinutes(draw % 420))
				.atZone(zone)
				.toInstant();
			this.timeline.redate(client, claim, since, at.isAfter(since) ? since : at);
			logged++;
		}
		return logged;
	}

	/**
	 * Who works the claim: its owner in the queue, otherwise one of the client's AR
	 * specialists (the same one for every call on the claim, the claims spread evenly
	 * among them), the manager only when the client has no specialist.
	 */
	private String worker(ClientId client, @Nullable WorkspaceState state, String claimNumber) {
		if (state != null && state.owner() != null) {
			return state.owner();
		}
		List<String> team = this.specialists.computeIfAbsent(client, this.team::specialistsOf);
		if (team.isEmpty()) {
			return "manager";
		}
		return team.get(Math.floorMod(claimNumber.hashCode() * 31 + 7, team.size()));
	}

	/**
	 * Closes the story's appeals that the payer answered by paying the claim, as won, on
	 * the day the payment was posted, by the specialist who filed them.
	 */
	int closePaidAppeals(ClientId client, ZoneId zone) {
		int closed = 0;
		for (DemoTimeline.PaidAppeal paid : this.timeline.openAppealsOnPaidClaims(client)) {
			Instant since = this.clock.instant();
			asUser(paid.filedBy(), () -> this.actions.closeAppeal(client, paid.appealId(), AppealOutcome.WON));
			Instant at = paid.paidOn().atTime(LocalTime.of(9, 15)).atZone(zone).toInstant();
			this.timeline.redate(client, paid.claimNumber(), since, at.isAfter(since) ? since : at);
			closed++;
		}
		return closed;
	}

	/**
	 * The practice of a client in trouble flags its oldest denied claim three days ago,
	 * and nobody has acknowledged it yet.
	 */
	void escalate(ClientId client) {
		List<String> oldest = this.timeline.oldestOpenDenials(client, 1);
		if (oldest.isEmpty()) {
			return;
		}
		String viewer = "viewer." + client.value().toLowerCase(Locale.ROOT);
		Escalation escalation = asUser(viewer, "CLIENT_VIEWER", () -> this.escalations.raise(client, oldest.getFirst(),
				EscalationReason.AGING, "Denied for months and nobody has called us about it"));
		this.timeline.moveEscalationBack(client, escalation.id(), 72);
	}

	/** Looks for systemic problems in the loaded claims, as the nightly job would. */
	void scanTrends(ClientId client) {
		asUser("manager", "ACCOUNT_MANAGER", () -> this.trends.scan(client));
	}

	private static <T> T asUser(String username, Supplier<T> work) {
		return asUser(username, "manager".equals(username) ? "ACCOUNT_MANAGER" : "AR_SPECIALIST", work);
	}

	static <T> T asUser(String username, String role, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
		try {
			Object[] result = new Object[1];
			SystemActor.setAside(() -> result[0] = work.get());
			@SuppressWarnings("unchecked")
			T value = (T) result[0];
			return value;
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
