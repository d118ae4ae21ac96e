package io.ardesk.edi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;
import io.ardesk.edi.PatientIdentity;
import io.ardesk.edi.ServiceLine;
import io.ardesk.edi.SubmittedClaim;

/** Loop 2300 of an 837: CLM and its 2310 providers, 2320 other payers and 2400 lines. */
final class SubmittedClaimBuilder {

	private final Segment clm;

	private final ClaimContext context;

	private final BigDecimal billedAmount;

	private final String frequencyCode;

	private final @Nullable String facilityCode;

	private DatePeriod claimDates = DatePeriod.NONE;

	private @Nullable String payerClaimControlNumber;

	private @Nullable String renderingNpi;

	private @Nullable String facilityName;

	private final List<PriorPayerBuilder> priorPayers = new ArrayList<>();

	private @Nullable PriorPayerBuilder currentPriorPayer;

	private final List<ServiceLineBuilder> lines = new ArrayList<>();

	private @Nullable ServiceLineBuilder currentLine;

	/** The payer whose 2430 line adjudication (SVD) the following CAS belong to. */
	private @Nullable PriorPayerBuilder lineAdjudicationPayer;

	SubmittedClaimBuilder(Segment clm, ClaimContext context) {
		this.clm = clm;
		this.context = context;
		ElementValues.required(clm, 1, "claim number");
		this.billedAmount = ElementValues.requiredAmount(clm, 2, "billed amount");
		this.facilityCode = emptyToNull(clm.component(5, 1));
		String frequency = clm.component(5, 3).strip();
		if (frequency.isEmpty()) {
			throw ElementValues.missing(clm, 5, "facility code and claim frequency");
		}
		this.frequencyCode = frequency;
	}

	void accept(Segment segment, Warnings warnings) {
		switch (segment.id()) {
			case "SBR" -> {
				if (this.currentLine == null) {
					this.currentPriorPayer = new PriorPayerBuilder(segment);
					this.priorPayers.add(this.currentPriorPayer);
				}
			}
			case "LX" -> {
				this.currentPriorPayer = null;
				this.lineAdjudicationPayer = null;
				this.currentLine = new ServiceLineBuilder(segment);
				this.lines.add(this.currentLine);
			}
			default -> {
				if (this.currentLine != null) {
					acceptLineSegment(this.currentLine, segment, warnings);
				}
				else if (this.currentPriorPayer != null) {
					this.currentPriorPayer.accept(segment);
				}
				else {
					acceptClaimSegment(segment, warnings);
				}
			}
		}
	}

	private void acceptClaimSegment(Segment segment, Warnings warnings) {
		switch (segment.id()) {
			case "DTP" -> {
				String qualifier = segment.element(1);
				if (qualifier.equals("472") || qualifier.equals("434")) {
					this.claimDates = DatePeriod.fromDtp(segment, warnings);
				}
			}
			case "REF" -> {
				if (segment.element(1).equals("F8")) {
					this.payerClaimControlNumber = ElementValues.optional(segment, 2);
				}
			}
			case "NM1" -> {
				if (segment.element(1).equals("82") && segment.element(8).equals("XX")) {
					this.renderingNpi = ElementValues.optional(segment, 9);
				}
				else if (segment.element(1).equals("77")) {
					this.facilityName = ElementValues.optional(segment, 3);
				}
			}
			default -> {
				// HI diagnoses, notes, repricing, other 2310 providers: not needed for
				// follow-up
			}
		}
	}

	private void acceptLineSegment(ServiceLineBuilder line, Segment segment, Warnings warnings) {
		if (segment.id().equals("SVD")) {
			this.lineAdjudicationPayer = this.priorPayers.stream()
				.filter((payer) -> payer.paidLine(segment))
				.findFirst()
				.orElse(null);
			if (this.lineAdjudicationPayer == null) {
				warnings.add("Line adjudication names a payer that no 2330B loop of the claim identifies", segment);
			}
			else {
				this.lineAdjudicationPayer.acceptLineAdjudication(segment);
			}
		}
		else if (segment.id().equals("CAS") && this.lineAdjudicationPayer != null) {
			this.lineAdjudicationPayer.acceptLineAdjustment(segment);
		}
		else {
			line.accept(segment, warnings);
		}
	}

	SubmittedClaim build() {
		List<ServiceLine> builtLines = this.lines.stream().map(ServiceLineBuilder::build).toList();
		DatePeriod dates = this.claimDates.isEmpty() ? lineDates(builtLines) : this.claimDates;
		String rendering = (this.renderingNpi != null) ? this.renderingNpi
				: this.lines.stream()
					.map(ServiceLineBuilder::renderingNpi)
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null);
		Segment payer = this.context.payer();
		Segment sbr = this.context.subscriberSbr();
		if (payer == null || ElementValues.optional(payer, 3) == null) {
			throw claimProblem("Claim has no payer (2010BB NM1*PR) above it");
		}
		if (sbr == null || ElementValues.optional(sbr, 1) == null) {
			throw claimProblem("Claim has no payer responsibility sequence (SBR01) above it");
		}
		return new SubmittedClaim(this.clm.element(1).strip(), this.context.form(), this.frequencyCode,
				this.payerClaimControlNumber, this.facilityCode, payer.element(3).strip(),
				ElementValues.optional(payer, 9), sbr.element(1).strip(), this.context.billingNpi(), rendering,
				(this.facilityName != null) ? this.facilityName : this.context.billingName(), patient(), dates.from(),
				dates.to(), this.context.submissionDate(), this.billedAmount, builtLines,
				this.priorPayers.stream().map(PriorPayerBuilder::build).toList(), this.clm.position(),
				this.context.billingTaxId());
	}

	/** The patient's own loop when there is one, else the subscriber is the patient. */
	private PatientIdentity patient() {
		ClaimContext.Person subscriber = this.context.subscriber();
		if (subscriber == null) {
			throw claimProblem("Claim has no subscriber (2010BA NM1*IL) above it");
		}
		ClaimContext.Person patient = (this.context.patient() != null) ? this.context.patient() : subscriber;
		// A dependant without an address of their own lives at the subscriber's.
		return new PatientIdentity(this.clm.element(1).strip(), subscriber.memberId(), patient.lastName(),
				patient.firstName(), patient.dateOfBirth(),
				(patient.address() != null) ? patient.address() : subscriber.address());
	}

	private static DatePeriod lineDates(List<ServiceLine> lines) {
		LocalDate from = lines.stream()
			.map(ServiceLine::serviceDateFrom)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		LocalDate to = lines.stream()
			.map(ServiceLine::serviceDateTo)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new DatePeriod(from, to);
	}

	private MalformedFileException claimProblem(String message) {
		return new MalformedFileException(new FileIssue(message, this.clm.id(), this.clm.position()));
	}

	private static @Nullable String emptyToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
