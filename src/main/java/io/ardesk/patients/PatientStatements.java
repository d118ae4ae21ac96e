package io.ardesk.patients;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * The letters of one patient's balance: where the sequence stands, the letters sent with
 * their PDFs, and sending the next one. Every method checks the caller's right to read
 * (or change) the client; an unknown patient fails with {@link UnknownPatientException}.
 */
public interface PatientStatements {

	/** Where the patient's balance stands in the letter sequence today. */
	LetterSequence sequence(ClientId client, long patientId);

	/** The letters sent to the patient, newest first. */
	List<StatementLetter> letters(ClientId client, long patientId);

	/**
	 * Prints and records the next letter of the sequence (a statement, a reminder or the
	 * final notice).
	 * @throws io.ardesk.shared.problem.RuleViolationException when no letter is due today
	 * (the message says when it is), the balance is below the practice's minimum, the
	 * patient has no mailing address, a payment plan holds the sequence or the balance is
	 * with a collection agency
	 */
	StatementLetter send(ClientId client, long patientId);

	/**
	 * The PDF of a letter as it was printed; reading it changes nothing.
	 * @throws io.ardesk.shared.problem.NotFoundException when the patient has no such
	 * letter
	 */
	byte[] pdf(ClientId client, long patientId, long statementId);

}
