package io.ardesk.patients;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim on which the patient still owes something, as a statement lists it. */
public record OpenPatientClaim(String claimNumber, LocalDate serviceDate, BigDecimal billed, BigDecimal insurancePaid,
		BigDecimal patientBalance, long ageDays) {

}
