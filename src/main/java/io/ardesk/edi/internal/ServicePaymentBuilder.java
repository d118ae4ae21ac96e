package io.ardesk.edi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.Adjustment;
import io.ardesk.edi.ServicePayment;

/** Loop 2110 of an 835: SVC and the DTM, CAS, REF, AMT and LQ segments under it. */
final class ServicePaymentBuilder {

	private final Segment svc;

	private final ProcedureCode procedure;

	private final BigDecimal charge;

	private final BigDecimal paid;

	private final @Nullable String revenueCode;

	private final @Nullable BigDecimal units;

	private @Nullable LocalDate serviceDate;

	private boolean serviceDateFromDtm472;

	private final List<Adjustment> adjustments = new ArrayList<>();

	private final List<String> remarkCodes = new ArrayList<>();

	private @Nullable String lineControlNumber;

	private @Nullable BigDecimal allowedAmount;

	ServicePaymentBuilder(Segment svc, Warnings warnings) {
		this.svc = svc;
		ElementValues.required(svc, 1, "procedure");
		this.procedure = ProcedureCode.of(svc, 1);
		if (this.procedure.code().isEmpty()) {
			warnings.add("SVC01 names no procedure code", svc);
		}
		this.charge = ElementValues.requiredAmount(svc, 2, "line charge");
		this.paid = ElementValues.requiredAmount(svc, 3, "line paid amount");
		this.revenueCode = ElementValues.optional(svc, 4);
		this.units = ElementValues.optionalQuantity(svc, 5, "units paid");
	}

	void accept(Segment segment, Warnings warnings) {
		switch (segment.id()) {
			case "DTM" -> acceptDate(segment, warnings);
			case "CAS" -> this.adjustments.addAll(CasSegment.adjustments(segment));
			case "LQ" -> {
				if (segment.element(1).equals("HE") && segment.has(2)) {
					this.remarkCodes.add(segment.element(2).strip());
				}
			}
			case "REF" -> {
				if (segment.element(1).equals("6R")) {
					this.lineControlNumber = ElementValues.optional(segment, 2);
				}
			}
			case "AMT" -> {
				if (segment.element(1).equals("B6")) {
					this.allowedAmount = ElementValues.optionalAmount(segment, 2, "allowed amount");
				}
			}
			default -> {
				// QTY, other REF/AMT qualifiers: not needed for posting
			}
		}
	}

	/**
	 * DTM*472 is the service date; DTM*150 (period start) stands in when it is absent.
	 */
	private void acceptDate(Segment dtm, Warnings warnings) {
		String qualifier = dtm.element(1);
		if (qualifier.equals("472")) {
			this.serviceDate = DatePeriod.fromDtm(dtm, warnings);
			this.serviceDateFromDtm472 = true;
		}
		else if (qualifier.equals("150") && !this.serviceDateFromDtm472) {
			this.serviceDate = DatePeriod.fromDtm(dtm, warnings);
		}
	}

	ServicePayment build(Warnings warnings) {
		ServicePayment line = new ServicePayment(this.procedure.code(), this.procedure.modifiers(), this.charge,
				this.paid, this.revenueCode, this.units, this.serviceDate, List.copyOf(this.adjustments),
				List.copyOf(this.remarkCodes), this.lineControlNumber, this.allowedAmount);
		RemittanceBalance.checkLine(line, this.svc, warnings);
		return line;
	}

}
