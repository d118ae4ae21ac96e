package io.ardesk.demodata.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.ardesk.demodata.Payer;

/**
 * A fictitious patient, who is also the insured (SBR02=18). PHI-shaped: never log it.
 *
 * @param groupNumber the employer group number for commercial plans, else empty
 */
record Patient(String lastName, String firstName, char gender, LocalDate dateOfBirth, String street, String city,
		String zip, Payer primary, String memberId, String groupNumber, @Nullable Payer secondary,
		@Nullable String secondaryMemberId) {

	@Override
	public String toString() {
		return "Patient[redacted]";
	}

}
