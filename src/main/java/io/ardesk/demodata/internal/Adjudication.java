package io.ardesk.demodata.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.demodata.Payer;

/**
 * Loop 2100: one payer's decision on one claim. The constructor enforces the 835
 * balancing rule, so an unbalanced claim can never be written.
 *
 * @param status CLP02: 1 primary, 2 secondary, 4 denied, 19 primary and forwarded, 22
 * reversal
 * @param crossover the payer the claim was forwarded to (NM1*TT), for status 19
 */
record Adjudication(Claim claim, Payer payer, String status, long charge, long paid, String payerClaimNumber,
		List<Cas> claimAdjustments, List<String> claimRemarks, List<LineAdjudication> lines,
		@Nullable Payer crossover) {

	Adjudication {
		claimAdjustments = List.copyOf(claimAdjustments);
		claimRemarks = List.copyOf(claimRemarks);
		lines = List.copyOf(lines);
		long adjusted = claimAdjustments.stream().mapToLong(Cas::amount).sum()
				+ lines.stream().flatMap((line) -> line.adjustments().stream()).mapToLong(Cas::amount).sum();
		if (charge != paid + adjusted) {
			throw new IllegalStateException("claim does not balance: " + claim.claimNumber());
		}
	}

	long patientResponsibility() {
		return this.claimAdjustments.stream().filter((cas) -> "PR".equals(cas.group())).mapToLong(Cas::amount).sum()
				+ this.lines.stream().mapToLong(LineAdjudication::patientResponsibility).sum();
	}

	boolean denied() {
		return "4".equals(this.status);
	}

	/** The reversal (CLP02=22) of this payment: every amount with its sign flipped. */
	Adjudication reversal() {
		return new Adjudication(this.claim, this.payer, "22", -this.charge, -this.paid, this.payerClaimNumber,
				this.claimAdjustments.stream().map(Cas::negated).toList(), this.claimRemarks,
				this.lines.stream().map(LineAdjudication::negated).toList(), null);
	}

	Adjudication forwardedTo(Payer secondary) {
		return new Adjudication(this.claim, this.payer, "19", this.charge, this.paid, this.payerClaimNumber,
				this.claimAdjustments, this.claimRemarks, this.lines, secondary);
	}

}
