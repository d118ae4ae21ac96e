package io.ardesk.patients.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.ardesk.patients.LetterSent;
import io.ardesk.patients.LetterSequence;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientStatements;
import io.ardesk.patients.SequenceHold;
import io.ardesk.patients.StatementLetter;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters one patient at a time. Patient names and addresses are never logged; the log
 * names the client, the letter id and its level.
 */
@Service
class PatientStatementService implements PatientStatements {

	private static final Logger log = LoggerFactory.getLogger(PatientStatementService.class);

	private final AccountQuery accounts;

	private final OpenClaims openClaims;

	private final StatementLetterStore letters;

	private final StatementPrinter printer;

	private final ClientCalendar calendar;

	private final ClientDirectory directory;

	private final ClientAccess access;

	PatientStatementService(AccountQuery accounts, OpenClaims openClaims, StatementLetterStore letters,
			StatementPrinter printer, ClientCalendar calendar, ClientDirectory directory, ClientAccess access) {
		this.accounts = accounts;
		this.openClaims = openClaims;
		this.letters = letters;
		this.printer = printer;
		this.calendar = calendar;
		this.directory = directory;
		this.access = access;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public LetterSequence sequence(ClientId client, long patientId) {
		this.openClaims.requirePatient(patientId);
		LocalDate today = this.calendar.today(client);
		return account(client, patientId, today).map(PatientAccount::letters).orElseGet(() -> {
			StatementLetter latest = this.letters.ofPatient(patientId).stream().findFirst().orElse(null);
			LetterSent last = (latest != null) ? new LetterSent(latest.level(), latest.statementDate()) : null;
			return new LetterSequence(today, last, null, null, null, SequenceHold.NOTHING_OWED, null);
		});
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<StatementLetter> letters(ClientId client, long patientId) {
		this.openClaims.requirePatient(patientId);
		return this.letters.ofPatient(patientId);
	}

	@Override
	@ChangesClient
	@Transactional
	public StatementLetter send(ClientId client, long patientId) {
		this.openClaims.lockPatient(patientId);
		LocalDate today = this.calendar.today(client);
		ClientProfile practice = profile(client);
		PatientAccount account = account(client, patientId, today).orElseThrow(
				() -> new RuleViolationException(null, "The patient owes nothing; there is no letter to send"));
		LetterCheck.refusal(account, practice.rules().statements(), null, Set.of()).ifPresent((refusal) -> {
			throw new RuleViolationException(
					(refusal.reason() == io.ardesk.patients.SkipReason.ADDRESS_MISSING) ? "address" : null,
					refusal.detail() + ".");
		});
		StatementLetter letter = this.printer.print(account, practice, today, actor(), this.calendar.now(), null, null)
			.orElseThrow(() -> new RuleViolationException("address", "The patient has no mailing address."));
		log.info("Letter {} ({}) sent for client {}", letter.id(), letter.level(), client.value());
		return letter;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public byte[] pdf(ClientId client, long patientId, long statementId) {
		this.openClaims.requirePatient(patientId);
		return this.letters.pdf(patientId, statementId)
			.orElseThrow(() -> new NotFoundException("The patient has no letter " + statementId + " with a PDF"));
	}

	private Optional<PatientAccount> account(ClientId client, long patientId, LocalDate today) {
		return this.accounts.account(patientId, profile(client).rules().statements(), today);
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

	private String actor() {
		return this.access.currentUser().map(CurrentUser::username).orElse(SystemActor.NAME);
	}

}
