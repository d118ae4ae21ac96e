package io.ardesk.edi.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.Adjustment;
import io.ardesk.edi.PriorPayerAdjudication;

/**
 * Loop 2320 (other subscriber, opened by an SBR inside a claim) with its 2330B payer and
 * the 2430 line adjudications (SVD + CAS) that name this payer.
 */
final class PriorPayerBuilder {

	private final String payerSequence;

	private @Nullable String payerName;

	private @Nullable String payerId;

	private @Nullable BigDecimal paidAmount;

	/** 4010 institutional claims report the prior payment as AMT*C4 instead of AMT*D. */
	private @Nullable BigDecimal priorPaymentActual;

	private @Nullable BigDecimal remainingPatientLiability;

	private BigDecimal linePaidTotal = BigDecimal.ZERO;

	private boolean hasLineAdjudication;

	private final List<Adjustment> adjustments = new ArrayList<>();

	PriorPayerBuilder(Segment sbr) {
		this.payerSequence = ElementValues.required(sbr, 1, "payer responsibility sequence");
	}

	void accept(Segment segment) {
		switch (segment.id()) {
			case "CAS" -> this.adjustments.addAll(CasSegment.adjustments(segment));
			case "AMT" -> {
				switch (segment.element(1)) {
					case "D" -> this.paidAmount = ElementValues.optionalAmount(segment, 2, "payer paid amount");
					case "C4" -> this.priorPaymentActual = ElementValues.optionalAmount(segment, 2, "prior payment");
					case "EAF" -> this.remainingPatientLiability = ElementValues.optionalAmount(segment, 2,
							"remaining patient liability");
					default -> {
						// B6 allowed, A8 non-covered: not part of the adjudication kept
						// here
					}
				}
			}
			case "NM1" -> {
				if (segment.element(1).equals("PR")) {
					this.payerName = ElementValues.optional(segment, 3);
					this.payerId = ElementValues.optional(segment, 9);
				}
			}
			default -> {
				// 2330A other subscriber, DMG, OI, address and secondary ids are not
				// needed
			}
		}
	}

	boolean paidLine(Segment svd) {
		return this.payerId != null && this.payerId.equals(svd.element(1).strip());
	}

	void acceptLineAdjudication(Segment svd) {
		BigDecimal paid = ElementValues.optionalAmount(svd, 2, "line paid amount");
		if (paid != null) {
			this.linePaidTotal = this.linePaidTotal.add(paid);
		}
		this.hasLineAdjudication = true;
	}

	void acceptLineAdjustment(Segment cas) {
		this.adjustments.addAll(CasSegment.adjustments(cas));
	}

	PriorPayerAdjudication build() {
		BigDecimal paid = this.paidAmount;
		if (paid == null) {
			paid = this.priorPaymentActual;
		}
		if (paid == null) {
			paid = this.hasLineAdjudication ? this.linePaidTotal : BigDecimal.ZERO;
		}
		boolean adjudicated = this.paidAmount != null || this.priorPaymentActual != null || this.hasLineAdjudication
				|| !this.adjustments.isEmpty() || this.remainingPatientLiability != null;
		return new PriorPayerAdjudication(this.payerSequence, this.payerName, this.payerId, paid,
				List.copyOf(this.adjustments), this.remainingPatientLiability, adjudicated);
	}

}
