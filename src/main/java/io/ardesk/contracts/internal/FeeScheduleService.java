package io.ardesk.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.ardesk.contracts.FeeSchedule;
import io.ardesk.contracts.FeeScheduleChange;
import io.ardesk.contracts.FeeScheduleEntry;
import io.ardesk.contracts.FeeScheduleImport;
import io.ardesk.contracts.FeeSchedules;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fee schedules: CSV import (all rows or none), grid edits, the audit trail, and the
 * re-evaluation of posted lines whenever a payer's schedule changes.
 */
@Service
class FeeScheduleService implements FeeSchedules {

	private static final Set<Role> EDITORS = Set.of(Role.ACCOUNT_MANAGER, Role.FIRM_ADMIN);

	private static final int MAX_LISTED_PROBLEMS = 50;

	private final FeeScheduleStore store;

	private final UnderpaymentService underpayments;

	private final ClientAccess access;

	private final java.time.Clock clock;

	FeeScheduleService(FeeScheduleStore store, UnderpaymentService underpayments, ClientAccess access,
			java.time.Clock clock) {
		this.store = store;
		this.underpayments = underpayments;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<FeeSchedule> list(ClientId client) {
		UnderpaymentService.requireStaff(this.access);
		return this.store.all();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<FeeScheduleChange> changes(ClientId client, int limit) {
		UnderpaymentService.requireStaff(this.access);
		return this.store.changes(Math.max(1, Math.min(limit, 1000)));
	}

	@Override
	@ReadsClient
	public boolean mayChange(ClientId client) {
		return this.access.mayWrite(client)
				&& this.access.currentUser().map((user) -> EDITORS.contains(user.role())).orElse(false);
	}

	@Override
	@ChangesClient
	@Transactional
	public FeeScheduleImport importCsv(ClientId client, byte[] csv) {
		String actor = editor();
		FeeScheduleCsv.Read read = FeeScheduleCsv.read(csv);
		List<String> problems = new ArrayList<>(read.problems());
		this.store.lock();
		Map<String, FeeScheduleStore.Payer> payers = this.store
			.payers(read.lines().stream().map((l) -> l.entry().payerId()).toList());
		List<Planned> planned = new ArrayList<>();
		for (FeeScheduleCsv.Line line : read.lines()) {
			FeeScheduleStore.Payer payer = payers.get(line.entry().payerId().toUpperCase(Locale.ROOT));
			if (payer == null) {
				problems.add("line " + line.line() + ", payer_id: no payer '" + line.entry().payerId()
						+ "' in this client's claims or remittances");
			}
			else {
				planned.add(new Planned(line.line(), payer.id(), line.entry()));
			}
		}
		List<FeeScheduleStore.Stored> existing = this.store
			.ofPayers(planned.stream().map(Planned::payerId).collect(java.util.stream.Collectors.toSet()));
		int added = 0;
		int changed = 0;
		int unchanged = 0;
		List<Object[]> audit = new ArrayList<>();
		List<Runnable> writes = new ArrayList<>();
		Instant now = this.clock.instant();
		for (int i = 0; i < planned.size(); i++) {
			Planned row = planned.get(i);
			String inFile = overlapInFile(planned, i);
			if (inFile != null) {
				problems.add("line " + row.line() + ", effective_from: the period overlaps " + inFile);
				continue;
			}
			FeeScheduleStore.Stored same = null;
			String clash = null;
			for (FeeScheduleStore.Stored stored : existing) {
				if (!stored.sameKey(row.payerId(), row.entry().procedureCode(), row.entry().modifier())) {
					continue;
				}
				if (stored.row().effectiveFrom().equals(row.entry().effectiveFrom())
						&& java.util.Objects.equals(stored.row().effectiveTo(), row.entry().effectiveTo())) {
					same = stored;
				}
				else if (overlaps(stored.row().effectiveFrom(), stored.row().effectiveTo(), row.entry().effectiveFrom(),
						row.entry().effectiveTo())) {
					clash = stored.row().describe();
				}
			}
			if (clash != null) {
				problems.add("line " + row.line() + ", effective_from: the period overlaps the schedule row on file "
						+ clash);
			}
			else if (same == null) {
				added++;
				writes.add(() -> {
					long id = this.store.insert(row.payerId(), row.entry());
					audit.add(FeeScheduleStore.change(id, FeeScheduleChange.Action.IMPORTED, actor, now, null,
							row.entry().describe()));
				});
			}
			else if (same.row().allowedAmount().compareTo(row.entry().allowedAmount()) != 0) {
				changed++;
				FeeScheduleStore.Stored before = same;
				writes.add(() -> {
					this.store.update(before.row().id(), row.payerId(), row.entry(), before.row().version());
					audit.add(FeeScheduleStore.change(before.row().id(), FeeScheduleChange.Action.CHANGED, actor, now,
							before.row().describe(), row.entry().describe()));
				});
			}
			else {
				unchanged++;
			}
		}
		if (!problems.isEmpty()) {
			throw refused(problems);
		}
		writes.forEach(Runnable::run);
		this.store.audit(audit);
		if (added + changed > 0) {
			this.underpayments.reevaluate(client, new LinkedHashSet<>(planned.stream().map(Planned::payerId).toList()));
		}
		return new FeeScheduleImport(read.lines().size(), added, changed, unchanged, this.underpayments.count());
	}

	@Override
	@ChangesClient
	@Transactional
	public FeeSchedule add(ClientId client, FeeScheduleEntry input) {
		String actor = editor();
		FeeScheduleEntry entry = FeeScheduleEntries.normalized(input);
		this.store.lock();
		long payerId = payer(entry);
		refuseOverlap(payerId, entry, null);
		long id = this.store.insert(payerId, entry);
		this.store.audit(List.<Object[]>of(FeeScheduleStore.change(id, FeeScheduleChange.Action.ADDED, actor,
				this.clock.instant(), null, entry.describe())));
		this.underpayments.reevaluate(client, Set.of(payerId));
		return this.store.find(id).orElseThrow().row();
	}

	@Override
	@ChangesClient
	@Transactional
	public FeeSchedule update(ClientId client, long id, FeeScheduleEntry input, long expectedVersion) {
		String actor = editor();
		FeeScheduleEntry entry = FeeScheduleEntries.normalized(input);
		this.store.lock();
		FeeScheduleStore.Stored before = found(id);
		long payerId = payer(entry);
		refuseOverlap(payerId, entry, id);
		if (!this.store.update(id, payerId, entry, expectedVersion)) {
			throw new ConflictException("version",
					"Someone else changed this schedule row meanwhile; reload it and change it again.");
		}
		this.store.audit(List.<Object[]>of(FeeScheduleStore.change(id, FeeScheduleChange.Action.CHANGED, actor,
				this.clock.instant(), before.row().describe(), entry.describe())));
		this.underpayments.reevaluate(client, new HashSet<>(List.of(payerId, before.payerRowId())));
		return this.store.find(id).orElseThrow().row();
	}

	@Override
	@ChangesClient
	@Transactional
	public void delete(ClientId client, long id) {
		String actor = editor();
		this.store.lock();
		FeeScheduleStore.Stored before = found(id);
		this.store.delete(id);
		this.store.audit(List.<Object[]>of(FeeScheduleStore.change(id, FeeScheduleChange.Action.DELETED, actor,
				this.clock.instant(), before.row().describe(), null)));
		this.underpayments.reevaluate(client, Set.of(before.payerRowId()));
	}

	private record Planned(int line, long payerId, FeeScheduleEntry entry) {
	}

	private String editor() {
		CurrentUser user = this.access.currentUser().orElse(null);
		if (user == null || !EDITORS.contains(user.role())) {
			throw new ClientAccessDeniedException("Only account managers and firm administrators change fee schedules");
		}
		return user.username();
	}

	private long payer(FeeScheduleEntry entry) {
		FeeScheduleStore.Payer payer = this.store.payers(List.of(entry.payerId()))
			.get(entry.payerId().strip().toUpperCase(Locale.ROOT));
		if (payer == null) {
			throw new RuleViolationException("payerId",
					"No payer '" + entry.payerId() + "' in this client's claims or remittances.");
		}
		return payer.id();
	}

	private FeeScheduleStore.Stored found(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new NotFoundException("No fee schedule row " + id + " in this client."));
	}

	private void refuseOverlap(long payerId, FeeScheduleEntry entry, @Nullable Long self) {
		for (FeeScheduleStore.Stored stored : this.store.ofPayers(Set.of(payerId))) {
			if (stored.row().id() != ((self != null) ? self : -1)
					&& stored.sameKey(payerId, entry.procedureCode(), entry.modifier())
					&& overlaps(stored.row().effectiveFrom(), stored.row().effectiveTo(), entry.effectiveFrom(),
							entry.effectiveTo())) {
				throw new RuleViolationException("effectiveFrom",
						"The period overlaps the schedule row " + stored.row().describe() + ".");
			}
		}
	}

	private static @Nullable String overlapInFile(List<Planned> planned, int index) {
		Planned row = planned.get(index);
		for (int j = 0; j < index; j++) {
			Planned other = planned.get(j);
			if (other.payerId() == row.payerId() && other.entry().procedureCode().equals(row.entry().procedureCode())
					&& java.util.Objects.equals(other.entry().modifier(), row.entry().modifier())
					&& overlaps(other.entry().effectiveFrom(), other.entry().effectiveTo(), row.entry().effectiveFrom(),
							row.entry().effectiveTo())) {
				return "line " + other.line() + " (" + Formats.date(other.entry().effectiveFrom()) + " to "
						+ ((other.entry().effectiveTo() != null) ? Formats.date(other.entry().effectiveTo()) : "open")
						+ ")";
			}
		}
		return null;
	}

	static boolean overlaps(LocalDate from1, @Nullable LocalDate to1, LocalDate from2, @Nullable LocalDate to2) {
		return (to2 == null || !from1.isAfter(to2)) && (to1 == null || !from2.isAfter(to1));
	}

	private static RuleViolationException refused(List<String> problems) {
		String listed = String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
		return new RuleViolationException("file",
				"Nothing was imported. " + problems.size() + " problem(s): " + listed
						+ ((problems.size() > MAX_LISTED_PROBLEMS)
								? "; and " + (problems.size() - MAX_LISTED_PROBLEMS) + " more" : "")
						+ ".");
	}

}
