package io.ardesk.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One 835 transaction set (ST..SE): one payment (check or EFT) and the claims it pays.
 *
 * @param traceNumber TRN02, the check or EFT trace number; with the payer it identifies
 * the payment
 * @param payee N1*PE with its REF*TJ
 * @param paymentMethod BPR04 (CHK, ACH, FWT, BOP, NON)
 * @param paymentDate BPR16
 * @param productionDate DTM*405, the date the payer produced the advice
 * @param position segment number of the ST within the file
 */
public record RemittanceAdvice(String version, String controlNumber, String traceNumber, String payerName,
		@Nullable String payerId, Payee payee, BigDecimal totalPayment, String creditDebitFlag, String paymentMethod,
		@Nullable LocalDate paymentDate, @Nullable LocalDate productionDate, List<ClaimPayment> claims,
		List<ProviderAdjustment> providerAdjustments, int position) {

	public @Nullable String payeeName() {
		return this.payee.name();
	}

	public @Nullable String payeeNpi() {
		return this.payee.npi();
	}

	/**
	 * The date the payment counts from: BPR16, else DTM*405; {@code null} when the advice
	 * has neither.
	 */
	public @Nullable LocalDate effectiveDate() {
		return (this.paymentDate != null) ? this.paymentDate : this.productionDate;
	}

}
