package io.ardesk.edi;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The patient as a file names them. PHI: never log any field of this record.
 *
 * @param accountNumber the practice's patient account number, when the file carries one
 * @param memberId the insured's member id at the payer
 */
public record PatientIdentity(@Nullable String accountNumber, @Nullable String memberId, String lastName,
		@Nullable String firstName, @Nullable LocalDate dateOfBirth) {

	@Override
	public String toString() {
		return "PatientIdentity[redacted]";
	}

}
