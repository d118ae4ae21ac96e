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
 * @param paymentMethod BPR04 (CHK, ACH, FWT, BOP, NON)
 * @param paymentDate BPR16
 * @param position segment number of the ST within the file
 */
public record RemittanceAdvice(String version, String controlNumber, String traceNumber, String payerName,
		@Nullable String payerId, @Nullable String payeeName, @Nullable String payeeNpi, BigDecimal totalPayment,
		String creditDebitFlag, String paymentMethod, @Nullable LocalDate paymentDate, List<ClaimPayment> claims,
		List<ProviderAdjustment> providerAdjustments, int position) {
}
