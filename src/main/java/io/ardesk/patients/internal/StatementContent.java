package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.patients.MailingAddress;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.tenancy.BillingContact;

/**
 * Everything a printed letter says, gathered before the PDF is laid out. PHI: never log
 * it.
 */
record StatementContent(Practice practice, Recipient patient, Letter letter, List<Visit> visits, Summary summary,
		Aging aging) {

	/** Who the letter is from and how to pay them. */
	record Practice(String name, BillingContact billing) {
	}

	/**
	 * @param mailingName the name as it goes on the envelope, e.g. JANE DOE
	 */
	record Recipient(String mailingName, String accountNumber, MailingAddress address) {
	}

	record Letter(ReminderLevel level, String number, LocalDate date, LocalDate dueDate) {
	}

	/**
	 * One visit (claim) with a patient balance.
	 *
	 * @param services each billed code with its plain words, e.g. "99213 Office visit"
	 * @param insuranceAdjustments contractual and other payer adjustments
	 * @param otherCredits what is neither paid nor owed by the patient: the insurance
	 * balance still open and write-offs
	 */
	record Visit(LocalDate serviceDate, String provider, List<String> services, BigDecimal charge,
			BigDecimal insurancePaid, BigDecimal insuranceAdjustments, BigDecimal patientPayments,
			BigDecimal insurancePending, BigDecimal writtenOff, BigDecimal patientBalance) {
	}

	/**
	 * Since the previous letter: previous balance + new charges − payments ± adjustments
	 * (insurance reprocessing, write-offs) = amount due.
	 */
	record Summary(BigDecimal previousBalance, BigDecimal newCharges, BigDecimal payments, BigDecimal adjustments,
			BigDecimal amountDue) {
	}

	/** The patient balance by the age of each visit's balance on the statement date. */
	record Aging(BigDecimal current, BigDecimal days31To60, BigDecimal days61To90, BigDecimal over90) {

		BigDecimal total() {
			return this.current.add(this.days31To60).add(this.days61To90).add(this.over90);
		}

	}

}
