package io.ardesk.trends.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.trends.AffectedClaim;
import io.ardesk.trends.TrendIssue;
import io.ardesk.trends.TrendIssueStatus;
import io.ardesk.trends.TrendIssueUpdate;
import io.ardesk.trends.TrendIssues;
import io.ardesk.trends.TrendScan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Detection and the life of trend issues. A pattern key is unique, so a pattern has one
 * issue for good: detection opens it, keeps its claims current while it is open or in
 * progress, and reopens it once it is resolved only when at least the rule's threshold of
 * claims are newer than the resolution (the old claims alone do not reopen it).
 */
@Service
class TrendIssueService implements TrendIssues {

	private static final Logger log = LoggerFactory.getLogger(TrendIssueService.class);

	private static final Set<Role> SCANNERS = Set.of(Role.ACCOUNT_MANAGER, Role.FIRM_ADMIN);

	/** A new or reopened issue is due for a root cause within this many days. */
	static final int DAYS_TO_DUE = 14;

	private final TrendIssueStore store;

	private final RepeatedDenialsRule repeatedDenials;

	private final DenialRateRule denialRate;

	private final DocumentWaitsRule documentWaits;

	private final UnderpaymentsRule underpayments;

	private final ClientDirectory directory;

	private final ClientAccess access;

	private final ClientTeam team;

	private final Clock clock;

	TrendIssueService(TrendIssueStore store, RepeatedDenialsRule repeatedDenials, DenialRateRule denialRate,
			DocumentWaitsRule documentWaits, UnderpaymentsRule underpayments, ClientDirectory directory,
			ClientAccess access, ClientTeam team, Clock clock) {
		this.store = store;
		this.repeatedDenials = repeatedDenials;
		this.denialRate = denialRate;
		this.documentWaits = documentWaits;
		this.underpayments = underpayments;
		this.directory = directory;
		this.access = access;
		this.team = team;
		this.clock = clock;
	}

	@Override
	@ChangesClient
	@Transactional
	public TrendScan scan(ClientId client) {
		CurrentUser user = this.access.currentUser().orElse(null);
		if (user == null || !SCANNERS.contains(user.role())) {
			throw new ClientAccessDeniedException("Only account managers and firm administrators run detection");
		}
		return detect(client);
	}

	/** The nightly run, as the system. */
	@ChangesClient
	@Transactional
	TrendScan detect(ClientId client) {
		this.store.lock();
		ClientProfile profile = profile(client);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, profile.timeZone());
		var rules = profile.rules().trends();
		List<Hit> hits = new ArrayList<>();
		hits.addAll(this.repeatedDenials.detect(client, today, rules));
		hits.addAll(this.denialRate.detect(client, today, rules));
		hits.addAll(this.documentWaits.detect(now, profile.timeZone(), rules));
		hits.addAll(this.underpayments.detect(client, today, rules));
		int opened = 0;
		int updated = 0;
		int reopened = 0;
		for (Hit hit : hits) {
			Optional<TrendIssue> existing = this.store.byPattern(hit.key());
			if (existing.isEmpty()) {
				this.store.open(hit, now, today.plusDays(DAYS_TO_DUE));
				opened++;
			}
			else if (existing.get().status() != TrendIssueStatus.RESOLVED) {
				this.store.refresh(existing.get().id(), hit, now);
				updated++;
			}
			else if (returned(existing.get(), hit, this.store.claimIds(existing.get().id()), profile)) {
				this.store.reopen(existing.get().id(), hit, now, today.plusDays(DAYS_TO_DUE));
				reopened++;
			}
		}
		log.info("Trend detection of client {}: {} patterns, {} opened, {} updated, {} reopened", client.value(),
				hits.size(), opened, updated, reopened);
		return new TrendScan(hits.size(), opened, updated, reopened);
	}

	/**
	 * The pattern returned when at least the rule's threshold of claims are new to the
	 * issue and dated on or after the day it was resolved.
	 */
	private static boolean returned(TrendIssue issue, Hit hit, Set<Long> known, ClientProfile profile) {
		Instant resolvedAt = (issue.resolvedAt() != null) ? issue.resolvedAt() : issue.lastSeenAt();
		LocalDate resolvedOn = LocalDate.ofInstant(resolvedAt, profile.timeZone());
		long fresh = hit.claims()
			.stream()
			.filter((claim) -> !known.contains(claim.claimId()) && !claim.occurredOn().isBefore(resolvedOn))
			.count();
		return fresh >= hit.threshold();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<TrendIssue> issues(ClientId client, @Nullable TrendIssueStatus status) {
		return this.store.list(status);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public TrendIssue issue(ClientId client, long id) {
		return existing(id);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<AffectedClaim> claims(ClientId client, long id) {
		existing(id);
		return this.store.claims(id);
	}

	@Override
	@ChangesClient
	@Transactional
	public TrendIssue update(ClientId client, long id, TrendIssueUpdate update) {
		TrendIssue issue = existing(id);
		if (update.expectedVersion() != null && update.expectedVersion() != issue.version()) {
			throw new ConflictException("expectedVersion",
					"Someone changed this trend issue meanwhile; reload it and try again");
		}
		String owner = issue.owner();
		if (update.owner() != null) {
			owner = update.owner().isBlank() ? null : update.owner().strip();
			if (owner != null && !mayOwn(client, owner)) {
				throw new RuleViolationException("owner", owner + " does not work this client");
			}
		}
		String rootCause = text(update.rootCause(), issue.rootCause(), "rootCause");
		String action = text(update.preventiveAction(), issue.preventiveAction(), "preventiveAction");
		LocalDate due = (update.dueDate() != null) ? update.dueDate() : issue.dueDate();
		TrendIssueStatus status = (update.status() != null) ? update.status() : issue.status();
		String resolvedBy = null;
		Instant resolvedAt = issue.resolvedAt();
		if (status != issue.status()) {
			if (issue.status() == TrendIssueStatus.RESOLVED) {
				throw new RuleViolationException("status",
						"A resolved trend issue reopens by itself when detection finds the pattern again");
			}
			if (status == TrendIssueStatus.OPEN) {
				throw new RuleViolationException("status", "An issue in progress cannot go back to open");
			}
		}
		if (status == TrendIssueStatus.RESOLVED && issue.status() != TrendIssueStatus.RESOLVED) {
			if (rootCause == null) {
				throw new RuleViolationException("rootCause", "Name the root cause before resolving the issue");
			}
			if (action == null) {
				throw new RuleViolationException("preventiveAction",
						"Name the preventive action agreed with the practice before resolving the issue");
			}
			resolvedAt = this.clock.instant();
			resolvedBy = this.access.currentUser().map(CurrentUser::username).orElse(SystemActor.NAME);
		}
		TrendIssue changed = new TrendIssue(issue.id(), issue.kind(), issue.patternKey(), issue.what(), status,
				issue.claims(), issue.atStake(), owner, due, rootCause, action, issue.detectedAt(), issue.lastSeenAt(),
				resolvedAt, issue.reopened(), issue.version());
		if (!this.store.update(changed, resolvedBy, resolvedAt)) {
			throw new ConflictException("expectedVersion",
					"Someone changed this trend issue meanwhile; reload it and try again");
		}
		return existing(id);
	}

	@Override
	@ReadsClient
	public List<String> possibleOwners(ClientId client) {
		java.util.TreeSet<String> owners = new java.util.TreeSet<>(this.team.specialistsOf(client));
		this.access.currentUser().filter(CurrentUser::mayChangeData).ifPresent((user) -> owners.add(user.username()));
		return List.copyOf(owners);
	}

	@Override
	public boolean mayScan() {
		return this.access.currentUser().map((user) -> SCANNERS.contains(user.role())).orElse(false);
	}

	private boolean mayOwn(ClientId client, String owner) {
		return this.team.specialistsOf(client).contains(owner)
				|| this.access.currentUser().map((user) -> user.username().equals(owner)).orElse(false);
	}

	private static @Nullable String text(@Nullable String given, @Nullable String current, String field) {
		if (given == null) {
			return current;
		}
		String text = given.strip();
		if (text.length() > 2000) {
			throw new RuleViolationException(field, field + " may be at most 2000 characters");
		}
		return text.isEmpty() ? null : text;
	}

	private TrendIssue existing(long id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("No trend issue " + id));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
