package io.ardesk.edi.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.PostalAddress;
import io.ardesk.edi.SubmittedClaim.ClaimForm;

/**
 * What the HL loops above a CLM say about it: billing provider (2010AA), subscriber and
 * payer (2000B/2010BA/2010BB) and, when the patient is not the subscriber, the patient
 * (2000C/2010CA).
 */
record ClaimContext(ClaimForm form, @Nullable LocalDate submissionDate, @Nullable String billingNpi,
		@Nullable String billingName, @Nullable String billingTaxId, @Nullable Segment subscriberSbr,
		@Nullable Person subscriber, @Nullable Segment payer, @Nullable Person patient) {

	/**
	 * A person named by an NM1 (with N3/N4 and DMG) in the header loops. PHI: never log.
	 */
	record Person(@Nullable String memberId, String lastName, @Nullable String firstName,
			@Nullable LocalDate dateOfBirth, @Nullable PostalAddress address) {

		Person withDateOfBirth(@Nullable LocalDate date) {
			return new Person(this.memberId, this.lastName, this.firstName, date, this.address);
		}

		Person withAddress(@Nullable PostalAddress mailing) {
			return new Person(this.memberId, this.lastName, this.firstName, this.dateOfBirth, mailing);
		}

		@Override
		public String toString() {
			return "Person[redacted]";
		}

	}

}
