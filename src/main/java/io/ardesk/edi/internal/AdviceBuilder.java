package io.ardesk.edi.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;
import io.ardesk.edi.Payee;
import io.ardesk.edi.ProviderAdjustment;
import io.ardesk.edi.RemittanceAdvice;

/** One 835 transaction set, from ST to SE. */
final class AdviceBuilder {

	private final Segment st;

	private final String version;

	private @Nullable Segment bpr;

	private @Nullable Segment trn;

	private @Nullable String payerName;

	private @Nullable String payerIdFromRef;

	private @Nullable String payerIdFromN1;

	private @Nullable String payeeName;

	private @Nullable String payeeNpi;

	private @Nullable String payeeTaxIdFromN1;

	private @Nullable String payeeTaxIdFromRef;

	private int payeePosition;

	private @Nullable LocalDate productionDate;

	/** Which header N1 loop REF segments belong to. */
	private @Nullable String currentPartyLoop;

	private final List<ClaimPayment> claims = new ArrayList<>();

	private final List<ProviderAdjustment> providerAdjustments = new ArrayList<>();

	private @Nullable ClaimPaymentBuilder currentClaim;

	private boolean claimsStarted;

	AdviceBuilder(Segment st, String version) {
		this.st = st;
		this.version = version;
		ElementValues.required(st, 2, "transaction set control number");
	}

	void accept(Segment segment, Warnings warnings) {
		switch (segment.id()) {
			case "BPR" -> {
				headerOnly(segment);
				ElementValues.requiredAmount(segment, 2, "total payment");
				ElementValues.required(segment, 3, "credit/debit flag");
				ElementValues.required(segment, 4, "payment method");
				this.bpr = segment;
			}
			case "TRN" -> {
				headerOnly(segment);
				ElementValues.required(segment, 2, "trace number");
				this.trn = segment;
			}
			case "N1" -> acceptParty(segment);
			case "CLP" -> {
				if (this.bpr == null) {
					throw outOfPlace(segment, "Claim payment before the BPR payment header");
				}
				finishClaim(warnings);
				this.claimsStarted = true;
				this.currentClaim = new ClaimPaymentBuilder(segment);
			}
			case "PLB" -> {
				finishClaim(warnings);
				this.providerAdjustments.addAll(ProviderAdjustmentSegment.adjustments(segment, warnings));
			}
			default -> acceptOther(segment, warnings);
		}
	}

	private void acceptParty(Segment n1) {
		headerOnly(n1);
		this.currentPartyLoop = n1.element(1);
		switch (n1.element(1)) {
			case "PR" -> {
				this.payerName = ElementValues.optional(n1, 2);
				this.payerIdFromN1 = ElementValues.optional(n1, 4);
			}
			case "PE" -> {
				this.payeeName = ElementValues.optional(n1, 2);
				this.payeeNpi = n1.element(3).strip().equals("XX") ? ElementValues.optional(n1, 4) : null;
				this.payeeTaxIdFromN1 = n1.element(3).strip().equals("FI") ? ElementValues.optional(n1, 4) : null;
				this.payeePosition = n1.position();
			}
			default -> {
				// no other parties are defined in the 835 header
			}
		}
	}

	private void acceptOther(Segment segment, Warnings warnings) {
		if (this.currentClaim != null) {
			this.currentClaim.accept(segment, warnings);
		}
		else if (segment.id().equals("REF") && "PR".equals(this.currentPartyLoop) && segment.element(1).equals("2U")) {
			this.payerIdFromRef = ElementValues.optional(segment, 2);
		}
		else if (segment.id().equals("REF") && "PE".equals(this.currentPartyLoop) && segment.element(1).equals("TJ")) {
			this.payeeTaxIdFromRef = ElementValues.optional(segment, 2);
		}
		else if (segment.id().equals("DTM") && segment.element(1).equals("405") && !this.claimsStarted) {
			this.productionDate = ElementValues.date(segment, segment.element(2), warnings);
		}
	}

	/**
	 * Header segments after the first claim mean the loops are out of order; which payer
	 * paid which claim can then not be told, so the file is refused.
	 */
	private void headerOnly(Segment segment) {
		if (this.claimsStarted) {
			throw outOfPlace(segment, "Header segment repeated after claim payments");
		}
	}

	private static MalformedFileException outOfPlace(Segment segment, String message) {
		return new MalformedFileException(new FileIssue(message, segment.id(), segment.position()));
	}

	private void finishClaim(Warnings warnings) {
		if (this.currentClaim != null) {
			this.claims.add(this.currentClaim.build(warnings));
			this.currentClaim = null;
		}
	}

	RemittanceAdvice build(Segment se, Warnings warnings) {
		finishClaim(warnings);
		Segment payment = this.bpr;
		Segment trace = this.trn;
		if (payment == null) {
			throw outOfPlace(se, "Transaction set has no BPR payment segment");
		}
		if (trace == null) {
			throw outOfPlace(se, "Transaction set has no TRN trace segment");
		}
		if (this.payerName == null) {
			throw outOfPlace(se, "Transaction set names no payer (N1*PR)");
		}
		RemittanceAdvice advice = new RemittanceAdvice(this.version, this.st.element(2).strip(),
				trace.element(2).strip(), this.payerName, payerId(trace), payee(),
				ElementValues.requiredAmount(payment, 2, "total payment"), payment.element(3).strip(),
				payment.element(4).strip(), ElementValues.date(payment, payment.element(16), warnings),
				this.productionDate, List.copyOf(this.claims), List.copyOf(this.providerAdjustments),
				this.st.position());
		RemittanceBalance.checkAdvice(advice, payment, warnings);
		return advice;
	}

	private Payee payee() {
		if (this.payeePosition == 0) {
			return Payee.NONE;
		}
		String taxId = (this.payeeTaxIdFromN1 != null) ? this.payeeTaxIdFromN1 : this.payeeTaxIdFromRef;
		return new Payee(this.payeeName, this.payeeNpi, taxId, this.payeePosition);
	}

	/**
	 * REF*2U, else N104, else TRN03 (the payer's TIN prefixed with '1', a convention of
	 * the originating company id).
	 */
	private @Nullable String payerId(Segment trace) {
		if (this.payerIdFromRef != null) {
			return this.payerIdFromRef;
		}
		if (this.payerIdFromN1 != null) {
			return this.payerIdFromN1;
		}
		String originator = trace.element(3).strip();
		if (originator.isEmpty()) {
			return null;
		}
		return (originator.length() == 10 && originator.startsWith("1")) ? originator.substring(1) : originator;
	}

}
