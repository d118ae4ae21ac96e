package io.ardesk.edi.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;
import io.ardesk.edi.ServiceLine;

/**
 * Loop 2400 of an 837: LX, then SV1 (professional) or SV2 (institutional) and its dates.
 */
final class ServiceLineBuilder {

	private final Segment lx;

	private @Nullable Segment service;

	private ProcedureCode procedure = new ProcedureCode("", "", List.of());

	private @Nullable String revenueCode;

	private BigDecimal units = BigDecimal.ONE;

	private BigDecimal charge = BigDecimal.ZERO;

	private DatePeriod serviceDates = DatePeriod.NONE;

	private @Nullable String lineControlNumber;

	private @Nullable String renderingNpi;

	ServiceLineBuilder(Segment lx) {
		this.lx = lx;
	}

	void accept(Segment segment, Warnings warnings) {
		switch (segment.id()) {
			case "SV1" -> acceptService(segment, 1, 2, 4, warnings);
			case "SV2" -> {
				this.revenueCode = ElementValues.optional(segment, 1);
				acceptService(segment, 2, 3, 5, warnings);
			}
			case "DTP" -> {
				if (segment.element(1).equals("472")) {
					this.serviceDates = DatePeriod.fromDtp(segment, warnings);
				}
			}
			case "REF" -> {
				if (segment.element(1).equals("6R")) {
					this.lineControlNumber = ElementValues.optional(segment, 2);
				}
			}
			case "NM1" -> {
				if (segment.element(1).equals("82") && segment.element(8).equals("XX")) {
					this.renderingNpi = ElementValues.optional(segment, 9);
				}
			}
			default -> {
				// LIN/CTP drug data, notes, other providers: not needed for follow-up
			}
		}
	}

	private void acceptService(Segment segment, int procedureElement, int chargeElement, int unitsElement,
			Warnings warnings) {
		this.service = segment;
		this.procedure = ProcedureCode.of(segment, procedureElement);
		this.charge = ElementValues.requiredAmount(segment, chargeElement, "line charge");
		BigDecimal written = ElementValues.optionalQuantity(segment, unitsElement, "units");
		if (written == null) {
			warnings.add("Service units are missing; 1 unit assumed", segment);
		}
		this.units = (written != null) ? written : BigDecimal.ONE;
	}

	@Nullable String renderingNpi() {
		return this.renderingNpi;
	}

	DatePeriod serviceDates() {
		return this.serviceDates;
	}

	ServiceLine build() {
		if (this.service == null) {
			throw new MalformedFileException(
					new FileIssue("Service line has no SV1 or SV2 segment", this.lx.id(), this.lx.position()));
		}
		return new ServiceLine(lineNumber(), this.procedure.code(), this.procedure.modifiers(), this.revenueCode,
				this.units, this.charge, this.serviceDates.from(), this.serviceDates.to(), this.lineControlNumber);
	}

	private int lineNumber() {
		String number = ElementValues.required(this.lx, 1, "line number");
		try {
			return Integer.parseInt(number);
		}
		catch (NumberFormatException ex) {
			throw new MalformedFileException(
					new FileIssue("LX01 (line number) is not a number", this.lx.id(), this.lx.position()));
		}
	}

}
