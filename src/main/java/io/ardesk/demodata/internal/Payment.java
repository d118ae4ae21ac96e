package io.ardesk.demodata.internal;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.demodata.Payer;
import io.ardesk.demodata.PayerType;

/**
 * One check or EFT (an 835 transaction set): the claims it pays and the provider-level
 * adjustments (PLB) taken from it.
 *
 * @param traceNumber TRN02, unique per payment
 */
record Payment(Payer payer, LocalDate date, String traceNumber, List<Adjudication> claims,
		List<ProviderAdjustment> providerAdjustments) {

	Payment {
		claims = List.copyOf(claims);
		providerAdjustments = List.copyOf(providerAdjustments);
	}

	/**
	 * One PLB adjustment; as in the 835, a positive amount reduces the payment and a
	 * negative one (interest) increases it.
	 */
	record ProviderAdjustment(String reason, String reference, long amount) {
	}

	/** BPR02: claim payments less provider-level adjustments. */
	long total() {
		return this.claims.stream().mapToLong(Adjudication::paid).sum()
				- this.providerAdjustments.stream().mapToLong(ProviderAdjustment::amount).sum();
	}

	/** Workers' compensation carriers still mostly mail checks. */
	boolean byCheck() {
		return this.payer.type() == PayerType.WORKERS_COMP;
	}

}
