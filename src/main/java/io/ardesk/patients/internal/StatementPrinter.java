package io.ardesk.patients.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.patients.StatementLetter;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.StatementPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Prints the letter a patient is due and records it with its PDF. The caller has checked
 * that the letter is due ({@link LetterCheck}).
 */
@Component
class StatementPrinter {

	private final StatementContentQuery content;

	private final StatementLetterStore letters;

	StatementPrinter(StatementContentQuery content, StatementLetterStore letters) {
		this.content = content;
		this.letters = letters;
	}

	/**
	 * The letter, or empty when the patient already had one in the cycle (a run that
	 * raced this one).
	 */
	Optional<StatementLetter> print(PatientAccount account, ClientProfile practice, LocalDate today, String actor,
			Instant now, @Nullable YearMonth cycle, @Nullable Long runId) {
		ReminderLevel level = account.letters().next();
		if (level == null) {
			return Optional.empty();
		}
		StatementPolicy policy = practice.rules().statements();
		long id = this.letters.nextId();
		StatementContentQuery.Addressee addressee = this.content.addressee(account.patientId());
		if (addressee.address() == null) {
			return Optional.empty();
		}
		List<StatementContent.Visit> visits = this.content.visits(account.patientId(), practice.name());
		StatementContent.Letter letter = new StatementContent.Letter(level, StatementLetterStore.number(id), today,
				today.plusDays(policy.dueDays()));
		StatementContent statement = new StatementContent(
				new StatementContent.Practice(practice.name(), practice.rules().billing()),
				new StatementContent.Recipient(addressee.mailingName(), addressee.accountNumber(), addressee.address()),
				letter, visits, this.content.summary(account.patientId(), visits),
				this.content.aging(account.patientId(), today));
		byte[] pdf = StatementDocument.write(statement);
		boolean stored = this.letters.insert(new StatementLetterStore.NewLetter(id, account.patientId(), level, today,
				letter.dueDate(), statement.summary().amountDue(), actor, now, cycle, runId, pdf));
		return stored ? this.letters.find(id) : Optional.empty();
	}

}
