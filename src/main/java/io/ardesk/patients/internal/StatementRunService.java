package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.RunTrigger;
import io.ardesk.patients.SkipReason;
import io.ardesk.patients.SkippedAccount;
import io.ardesk.patients.StatementLetter;
import io.ardesk.patients.StatementRun;
import io.ardesk.patients.StatementRuns;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.StatementPolicy;
import io.ardesk.tenancy.UnknownClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statement runs: every patient owing a balance is judged by {@link LetterCheck}; those
 * due a letter get it printed, the others are recorded with the reason. The run is one
 * transaction, runs of a client wait for each other, and a patient gets at most one
 * letter per cycle (a unique key), so that rerunning a cycle prints nothing twice. Logs
 * carry counts only.
 */
@Service
class StatementRunService implements StatementRuns {

	private static final Logger log = LoggerFactory.getLogger(StatementRunService.class);

	private static final Set<Role> RUNNERS = Set.of(Role.ACCOUNT_MANAGER, Role.FIRM_ADMIN);

	private final AccountQuery accounts;

	private final OpenClaims openClaims;

	private final StatementPrinter printer;

	private final StatementLetterStore letters;

	private final StatementRunStore runs;

	private final ClientCalendar calendar;

	private final ClientDirectory directory;

	private final ClientAccess access;

	StatementRunService(AccountQuery accounts, OpenClaims openClaims, StatementPrinter printer,
			StatementLetterStore letters, StatementRunStore runs, ClientCalendar calendar, ClientDirectory directory,
			ClientAccess access) {
		this.accounts = accounts;
		this.openClaims = openClaims;
		this.printer = printer;
		this.letters = letters;
		this.runs = runs;
		this.calendar = calendar;
		this.directory = directory;
		this.access = access;
	}

	@Override
	@ChangesClient
	@Transactional
	public StatementRun runNow(ClientId client) {
		CurrentUser user = this.access.currentUser().orElse(null);
		if (user == null || !RUNNERS.contains(user.role())) {
			throw new ClientAccessDeniedException("Only account managers and firm administrators start statement runs");
		}
		return run(client, RunTrigger.ON_DEMAND, user.username());
	}

	/**
	 * The monthly run of the client's current cycle, unless it already ran: the job may
	 * fire on several days of the catch-up window.
	 */
	@ChangesClient
	@Transactional
	Optional<StatementRun> runScheduled(ClientId client) {
		this.runs.lockRuns();
		LocalDate today = this.calendar.today(client);
		YearMonth cycle = StatementCycle.of(today, profile(client).rules().statements().cycleDay());
		if (this.runs.scheduledRunExists(cycle)) {
			return Optional.empty();
		}
		return Optional.of(run(client, RunTrigger.SCHEDULED, SystemActor.NAME));
	}

	private StatementRun run(ClientId client, RunTrigger trigger, String actor) {
		this.runs.lockRuns();
		ClientProfile practice = profile(client);
		StatementPolicy policy = practice.rules().statements();
		LocalDate today = this.calendar.today(client);
		YearMonth cycle = StatementCycle.of(today, policy.cycleDay());
		long runId = this.runs.start(cycle, today, trigger, actor, this.calendar.now());
		Set<Long> sentInCycle = this.letters.patientsSentIn(cycle);
		List<PatientAccount> owing = this.accounts.all(policy, today);
		List<StatementRunStore.Skip> skipped = new ArrayList<>();
		int sent = 0;
		BigDecimal total = BigDecimal.ZERO;
		for (PatientAccount candidate : owing) {
			Optional<LetterCheck.Refusal> refusal = LetterCheck.refusal(candidate, policy, cycle, sentInCycle);
			Optional<StatementLetter> letter = Optional.empty();
			if (refusal.isEmpty()) {
				// A payment may have been posted since the list was read: judge again
				// under the patient's lock.
				this.openClaims.lockPatient(candidate.patientId());
				PatientAccount account = this.accounts.account(candidate.patientId(), policy, today).orElse(null);
				refusal = (account == null) ? Optional.empty()
						: LetterCheck.refusal(account, policy, cycle, sentInCycle);
				if (account != null && refusal.isEmpty()) {
					letter = this.printer.print(account, practice, today, actor, this.calendar.now(), cycle, runId);
					if (letter.isEmpty()) {
						refusal = Optional.of(new LetterCheck.Refusal(SkipReason.ALREADY_SENT,
								"A letter already went out in the " + cycle + " cycle"));
					}
				}
			}
			if (letter.isPresent()) {
				sent++;
				total = total.add(letter.get().amountDue());
			}
			else {
				refusal.ifPresent((why) -> skipped.add(new StatementRunStore.Skip(candidate.patientId(),
						candidate.balance(), why.reason(), why.detail())));
			}
		}
		this.runs.finish(runId, owing.size(), sent, total, skipped);
		log.info("Statement run {} of client {} for cycle {} ({}): {} letters, {} accounts skipped", runId,
				client.value(), cycle, trigger, sent, skipped.size());
		return this.runs.find(runId).orElseThrow();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<StatementRun> runs(ClientId client, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
		}
		return this.runs.newest(limit);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public StatementRun run(ClientId client, long runId) {
		return existing(runId);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<StatementLetter> letters(ClientId client, long runId) {
		existing(runId);
		return this.letters.ofRun(runId);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<SkippedAccount> skipped(ClientId client, long runId) {
		existing(runId);
		return this.runs.skipped(runId);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public byte[] printFile(ClientId client, long runId) {
		existing(runId);
		List<byte[]> pdfs = this.letters.pdfsOfRun(runId);
		if (pdfs.isEmpty()) {
			throw new NotFoundException("Statement run " + runId + " printed no letters");
		}
		return PrintFile.combine(pdfs, true);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public byte[] resultCsv(ClientId client, long runId) {
		existing(runId);
		return RunResultCsv.write(this.letters.ofRun(runId), this.runs.skipped(runId), this.runs.printedNames(runId));
	}

	private StatementRun existing(long runId) {
		return this.runs.find(runId).orElseThrow(() -> new NotFoundException("No statement run " + runId));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
