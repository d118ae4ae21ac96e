package io.ardesk.edi;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The patient as a file names them. PHI: never log any field of this record.
 *
 * @param accountNumber the practice's patient account number, when the file carries one
 * @param memberId the insured's member id at the payer
 * @param address the patient's mailing address, when the file carries one
 */
public record PatientIdentity(@Nullable String accountNumber, @Nullable String memberId, String lastName,
		@Nullable String firstName, @Nullable LocalDate dateOfBirth, @Nullable PostalAddress address) {

	/** A patient named without a mailing address (835s, older exports). */
	public PatientIdentity(@Nullable String accountNumber, @Nullable String memberId, String lastName,
			@Nullable String firstName, @Nullable LocalDate dateOfBirth) {
		this(accountNumber, memberId, lastName, firstName, dateOfBirth, null);
	}

	@Override
	public String toString() {
		return "PatientIdentity[redacted]";
	}

}
