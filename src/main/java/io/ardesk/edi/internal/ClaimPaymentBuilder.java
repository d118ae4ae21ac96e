package io.ardesk.edi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.Adjustment;
import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.PatientIdentity;
import io.ardesk.edi.ServicePayment;

/** Loop 2100 of an 835: CLP and everything up to the next CLP, PLB or SE. */
final class ClaimPaymentBuilder {

	/** MOA03..MOA07 hold remittance advice remark codes. */
	private static final int[] MOA_REMARKS = { 3, 4, 5, 6, 7 };

	/** MIA05 and MIA20..MIA23 hold remittance advice remark codes. */
	private static final int[] MIA_REMARKS = { 5, 20, 21, 22, 23 };

	private final Segment clp;

	private @Nullable PatientIdentity patient;

	private @Nullable LocalDate serviceDateFrom;

	private @Nullable LocalDate serviceDateTo;

	private final List<Adjustment> adjustments = new ArrayList<>();

	private final List<String> remarkCodes = new ArrayList<>();

	private final List<ServicePayment> lines = new ArrayList<>();

	private @Nullable ServicePaymentBuilder currentLine;

	ClaimPaymentBuilder(Segment clp) {
		this.clp = clp;
		ElementValues.required(clp, 1, "patient control number");
		ElementValues.required(clp, 2, "claim status");
		ElementValues.requiredAmount(clp, 3, "claim charge");
		ElementValues.requiredAmount(clp, 4, "claim payment");
	}

	void accept(Segment segment, Warnings warnings) {
		if (segment.id().equals("SVC")) {
			finishLine(warnings);
			this.currentLine = new ServicePaymentBuilder(segment, warnings);
			return;
		}
		if (this.currentLine != null) {
			this.currentLine.accept(segment, warnings);
			return;
		}
		switch (segment.id()) {
			case "CAS" -> this.adjustments.addAll(CasSegment.adjustments(segment));
			case "NM1" -> {
				if (segment.element(1).equals("QC")) {
					this.patient = new PatientIdentity(this.clp.element(1).strip(), ElementValues.optional(segment, 9),
							segment.element(3).strip(), ElementValues.optional(segment, 4), null);
				}
			}
			case "MOA" -> addRemarks(segment, MOA_REMARKS);
			case "MIA" -> addRemarks(segment, MIA_REMARKS);
			case "DTM" -> {
				switch (segment.element(1)) {
					case "232" -> this.serviceDateFrom = DatePeriod.fromDtm(segment, warnings);
					case "233" -> this.serviceDateTo = DatePeriod.fromDtm(segment, warnings);
					default -> {
						// 036 coverage expiry, 050 received date: not needed for posting
					}
				}
			}
			default -> {
				// REF, AMT, QTY, PER and other NM1 at claim level: not needed for posting
			}
		}
	}

	private void addRemarks(Segment segment, int[] elements) {
		for (int element : elements) {
			String code = ElementValues.optional(segment, element);
			if (code != null) {
				this.remarkCodes.add(code);
			}
		}
	}

	private void finishLine(Warnings warnings) {
		if (this.currentLine != null) {
			this.lines.add(this.currentLine.build(warnings));
			this.currentLine = null;
		}
	}

	ClaimPayment build(Warnings warnings) {
		finishLine(warnings);
		Segment c = this.clp;
		ClaimPayment claim = new ClaimPayment(c.element(1).strip(), c.element(2).strip(), amount(3), amount(4),
				ElementValues.optionalAmount(c, 5, "patient responsibility"), ElementValues.optional(c, 6),
				ElementValues.optional(c, 7), ElementValues.optional(c, 8), ElementValues.optional(c, 9), this.patient,
				this.serviceDateFrom, this.serviceDateTo, List.copyOf(this.adjustments), List.copyOf(this.remarkCodes),
				List.copyOf(this.lines), c.position());
		RemittanceBalance.checkClaim(claim, warnings);
		return claim;
	}

	private BigDecimal amount(int element) {
		return ElementValues.requiredAmount(this.clp, element, "amount");
	}

}
