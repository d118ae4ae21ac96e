package io.ardesk.worklist.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.ardesk.claims.ClaimEvents;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.Role;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ClientSummary;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueuePage;
import io.ardesk.worklist.QueueTotals;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WorkQueueService implements WorkQueue {

	private final ClientDirectory directory;

	private final ClientAccess access;

	private final ClientTeam team;

	private final QueueRefresher refresher;

	private final WorkItemQuery items;

	private final JdbcTemplate jdbc;

	private final ClaimEvents events;

	private final Clock clock;

	private final WorkQueue self;

	private final WorkProgress progress;

	/** Exports read up to this many items in one go; screens and the API far fewer. */
	private static final int LARGEST = io.ardesk.worklist.QueueExport.MAX_ROWS;

	private static final Comparator<WorkItem> ORDER = Comparator.comparing(WorkItem::score)
		.reversed()
		.thenComparing(WorkItem::claimNumber);

	WorkQueueService(ClientDirectory directory, ClientAccess access, ClientTeam team, QueueRefresher refresher,
			WorkItemQuery items, JdbcTemplate jdbc, ClaimEvents events, Clock clock, @Lazy WorkQueue self,
			WorkProgress progress) {
		this.progress = progress;
		this.directory = directory;
		this.access = access;
		this.team = team;
		this.refresher = refresher;
		this.items = items;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.self = self;
	}

	@Override
	public List<WorkItem> myWork(int limit) {
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in first"));
		List<WorkItem> all = new ArrayList<>();
		for (ClientSummary client : user.clients()) {
			if (!this.access.mayWrite(client.id())) {
				// Queues are the firm's working lists: read-only clients have none.
				continue;
			}
			// Each client's queue is read in its own schema, checked separately.
			all.addAll(this.self.filteredQueue(client.id(), QueueFilter.owner(user.username()), limit));
		}
		return all.stream().sorted(ORDER).limit(limit).toList();
	}

	@Override
	public QueuePage myWork(QueueFilter filter, int offset, int limit) {
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in first"));
		// A manager may look at a colleague's work ("" for the unassigned claims).
		boolean manager = user.role() == Role.ACCOUNT_MANAGER || user.role() == Role.FIRM_ADMIN;
		QueueFilter mine = (manager && filter.owner() != null) ? filter : filter.withOwner(user.username());
		int size = Math.max(1, Math.min(limit, LARGEST));
		int first = Math.max(0, offset);
		List<WorkItem> all = new ArrayList<>();
		QueueTotals totals = QueueTotals.NONE;
		for (ClientSummary client : user.clients()) {
			if (!this.access.mayWrite(client.id())) {
				// Queues are the firm's working lists: read-only clients have none.
				continue;
			}
			// Each client's queue is read in its own schema, checked separately; the
			// merged page needs at most offset + limit items of each.
			QueuePage page = this.self.page(client.id(), mine, 0, first + size);
			all.addAll(page.items());
			totals = totals.plus(page.totals());
		}
		return new QueuePage(all.stream().sorted(ORDER).skip(first).limit(size).toList(), totals);
	}

	@Override
	@ChangesClient
	@Transactional(readOnly = true)
	public QueuePage page(ClientId client, QueueFilter filter, int offset, int limit) {
		check(filter);
		ClientProfile profile = profile(client);
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		return new QueuePage(
				this.items.page(profile, today, filter, Math.max(0, offset), Math.max(1, Math.min(limit, LARGEST))),
				this.items.totals(profile, today, filter));
	}

	@Override
	@ChangesClient
	@Transactional(readOnly = true)
	public QueueTotals totals(ClientId client, QueueFilter filter) {
		check(filter);
		ClientProfile profile = profile(client);
		return this.items.totals(profile, LocalDate.now(this.clock.withZone(profile.timeZone())), filter);
	}

	/**
	 * Staff only: owners, scores and reasons are the firm's internal workflow, not
	 * something the client practice's viewers see.
	 */
	@Override
	@ChangesClient
	@Transactional(readOnly = true)
	public List<WorkItem> clientQueue(ClientId client, @Nullable String owner, int limit) {
		return page(client, QueueFilter.owner(owner), limit);
	}

	@Override
	@ChangesClient
	@Transactional(readOnly = true)
	public List<WorkItem> filteredQueue(ClientId client, QueueFilter filter, int limit) {
		return page(client, filter, limit);
	}

	private List<WorkItem> page(ClientId client, QueueFilter filter, int limit) {
		check(filter);
		ClientProfile profile = profile(client);
		return this.items.page(profile, LocalDate.now(this.clock.withZone(profile.timeZone())), filter, 0,
				Math.max(1, Math.min(limit, MAX_PAGE)));
	}

	@Override
	@ChangesClient
	@Transactional
	public int refresh(ClientId client, boolean all) {
		return this.refresher.refresh(profile(client), all, this.team.specialistsOf(client));
	}

	@Override
	@ChangesClient
	@Transactional
	public int assign(ClientId client, Collection<String> claimNumbers, @Nullable String owner) {
		if (owner != null && !this.team.specialistsOf(client).contains(owner)) {
			throw new InvalidInputException("owner", owner + " is not a specialist of this client.");
		}
		// No signed-in user behind @ChangesClient: the portal itself (jobs, demo data).
		CurrentUser user = this.access.currentUser().orElse(null);
		if (user != null && user.role() != Role.ACCOUNT_MANAGER && user.role() != Role.FIRM_ADMIN) {
			// A specialist hands on their own claims only, never takes a colleague's.
			List<String> others = this.jdbc.queryForList(
					"select c.claim_number from claim_work w join claim c on c.id = w.claim_id "
							+ "where c.claim_number = any(?) and w.owner is distinct from ?",
					String.class, claimNumbers.toArray(String[]::new), user.username());
			if (!others.isEmpty()) {
				throw new ClientAccessDeniedException("Specialists may reassign only their own claims; not yours: "
						+ String.join(", ", others.stream().limit(5).toList()));
			}
		}
		this.progress.lock();
		int changed = 0;
		for (String claimNumber : claimNumbers) {
			List<Long> ids = this.jdbc.queryForList(
					"update claim_work w set owner = ?, version = w.version + 1 "
							+ "from claim c where c.id = w.claim_id and c.claim_number = ? returning w.claim_id",
					Long.class, owner, claimNumber);
			for (Long id : ids) {
				this.events.record(client, id, "ASSIGNED",
						(owner != null) ? "Assigned to " + owner : "Assignment removed");
				changed++;
			}
		}
		return changed;
	}

	@Override
	@ChangesClient
	@Transactional
	public int setNextAction(ClientId client, Collection<String> claimNumbers, LocalDate nextAction) {
		CurrentUser user = this.access.currentUser().orElse(null);
		if (user != null && user.role() != Role.ACCOUNT_MANAGER && user.role() != Role.FIRM_ADMIN) {
			throw new ClientAccessDeniedException("Only account managers set the next action of many claims");
		}
		String actor = (user != null) ? user.username() : SystemActor.NAME;
		ClientProfile profile = profile(client);
		Inputs.date(nextAction, "nextActionDate", "The next action date");
		if (nextAction.isBefore(this.progress.today(profile))) {
			throw new InvalidInputException("nextActionDate", "The next action date cannot be in the past.");
		}
		this.progress.lock();
		List<Long> ids = this.jdbc.queryForList(
				"update claim_work w set next_action_date = ?, version = w.version + 1 from claim c "
						+ "where c.id = w.claim_id and c.claim_number = any(?) returning w.claim_id",
				Long.class, java.sql.Date.valueOf(nextAction), claimNumbers.toArray(String[]::new));
		for (Long id : ids) {
			this.events.record(client, id, "NEXT_ACTION",
					"Next action set to " + io.ardesk.shared.ui.Formats.date(nextAction) + " by " + actor);
		}
		this.progress.rescore(profile, ids);
		return ids.size();
	}

	/**
	 * Ranges the queries can hold: an age in days turns into a date, a cursor into a
	 * score comparison, and nothing out of range may reach SQL.
	 */
	private static void check(QueueFilter filter) {
		if (filter.minAgeDays() != null) {
			Inputs.within(filter.minAgeDays(), 0, QueueFilter.MAX_AGE_DAYS, "minAgeDays", "minAgeDays");
		}
		if (filter.maxAgeDays() != null) {
			Inputs.within(filter.maxAgeDays(), 0, QueueFilter.MAX_AGE_DAYS, "maxAgeDays", "maxAgeDays");
		}
		if (filter.dueBy() != null) {
			Inputs.date(filter.dueBy(), "dueBy", "dueBy");
		}
		Inputs.optional(filter.owner(), "owner", "owner", 100);
		Inputs.optional(filter.denialCategory(), "denialCategory", "denialCategory", 40);
		Inputs.optional(filter.search(), "q", "The search", QueueFilter.MAX_SEARCH);
		if (filter.deadlineWithinDays() != null) {
			Inputs.within(filter.deadlineWithinDays(), 0, 3650, "deadlineWithinDays", "deadlineWithinDays");
		}
		Inputs.optional(filter.afterClaimNumber(), "after", "The cursor's claim number", 80);
		if (filter.afterScore() != null && (filter.afterScore().scale() > 2
				|| filter.afterScore().abs().compareTo(java.math.BigDecimal.valueOf(1_000_000)) >= 0)) {
			throw new InvalidInputException("after", "after must be the Next-Cursor of the previous page.");
		}
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
