package io.ardesk.demodata.internal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.demodata.Payer;

/**
 * A claim as the practice sends it to one payer.
 *
 * @param sequence SBR01: P for the primary claim, S for the claim to the secondary payer
 * @param placeOfService CLM05-1
 * @param priorAuthorization REF*G1, for services the payer pre-authorised
 * @param injuryDate DTP*439 on workers' compensation claims
 * @param prior what the primary payer paid, on a secondary claim (loops 2320/2430)
 */
record Claim(String claimNumber, Patient patient, Payer payer, String memberId, char sequence, String renderingNpi,
		String location, String placeOfService, LocalDate serviceDate, LocalDate submissionDate, List<String> diagnoses,
		List<ClaimLine> lines, @Nullable String priorAuthorization, @Nullable LocalDate injuryDate,
		@Nullable PriorPayment prior) {

	/** The primary payer's adjudication, reported on the secondary claim. */
	record PriorPayment(Payer payer, String memberId, LocalDate paidDate, Adjudication adjudication) {
	}

	long charge() {
		return this.lines.stream().mapToLong(ClaimLine::charge).sum();
	}

	Claim toSecondary(Payer secondaryPayer, String secondaryMemberId, LocalDate submitted, PriorPayment primary) {
		return new Claim(this.claimNumber, this.patient, secondaryPayer, secondaryMemberId, 'S', this.renderingNpi,
				this.location, this.placeOfService, this.serviceDate, submitted, this.diagnoses, this.lines, null, null,
				primary);
	}

}
