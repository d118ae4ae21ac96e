package io.ardesk.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Loop 2100: the payer's decision on one claim (CLP and what follows it).
 *
 * @param statusCode CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied,
 * 19/20/21 processed and forwarded, 22 reversal of a previous payment
 * @param remarkCodes RARCs from MOA/MIA at claim level
 * @param position segment number of the CLP within the file
 */
public record ClaimPayment(String patientControlNumber, String statusCode, BigDecimal charge, BigDecimal paid,
		@Nullable BigDecimal patientResponsibility, @Nullable String filingIndicator,
		@Nullable String payerClaimControlNumber, @Nullable String facilityCode, @Nullable String frequencyCode,
		@Nullable PatientIdentity patient, @Nullable LocalDate serviceDateFrom, @Nullable LocalDate serviceDateTo,
		List<Adjustment> adjustments, List<String> remarkCodes, List<ServicePayment> lines, int position) {
}
