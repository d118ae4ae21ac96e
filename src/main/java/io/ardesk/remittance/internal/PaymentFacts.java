package io.ardesk.remittance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.codes.AdjustmentClass;
import io.ardesk.codes.AdjustmentGroup;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.edi.Adjustment;
import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.ServicePayment;
import org.jspecify.annotations.Nullable;

/**
 * One claim payment (CLP) with each adjustment sorted by what it does to balances: from a
 * file being posted, or as recorded when it was held or unmatched.
 * <p>
 * The catalogue classifies an adjustment by group and reason; posting then applies two
 * rules the claim as a whole decides:
 * <ul>
 * <li>A claim denied outright (CLP02=4) keeps every amount the payer did not pay open as
 * denied, except patient responsibility and what an earlier payer covered (OA-23).</li>
 * <li>A claim paid nothing because of a denial-class reason is a denial whatever the
 * group code: a CR (correction) adjustment with a denial reason is denied too, not
 * written off.</li>
 * </ul>
 *
 * @param patientResponsibility CLP05, if given
 */
record PaymentFacts(String statusCode, BigDecimal charge, BigDecimal paid, @Nullable BigDecimal patientResponsibility,
		List<Classified> adjustments) {

	/**
	 * @param lineNumber 1-based service line, {@code null} at claim level
	 * @param procedureCode the line's procedure, if at line level
	 */
	record Classified(@Nullable Integer lineNumber, @Nullable String procedureCode, String group, String reason,
			BigDecimal amount, @Nullable BigDecimal quantity, AdjustmentClass adjustmentClass) {
	}

	static PaymentFacts of(ClaimPayment payment, ReasonCodeCatalog codes) {
		List<Classified> raw = new ArrayList<>();
		for (Adjustment adjustment : payment.adjustments()) {
			raw.add(classified(null, null, adjustment, codes));
		}
		int lineNumber = 0;
		for (ServicePayment line : payment.lines()) {
			lineNumber++;
			for (Adjustment adjustment : line.adjustments()) {
				raw.add(classified(lineNumber, line.procedureCode(), adjustment, codes));
			}
		}
		boolean deniedOutright = "4".equals(payment.statusCode());
		boolean zeroPayDenial = payment.paid().signum() == 0 && raw.stream()
			.anyMatch((a) -> a.amount().signum() > 0 && (a.adjustmentClass() == AdjustmentClass.DENIAL
					|| (isCorrection(a) && codes.classify("CO", a.reason()) == AdjustmentClass.DENIAL)));
		List<Classified> sorted = new ArrayList<>();
		for (Classified adjustment : raw) {
			sorted.add(new Classified(adjustment.lineNumber(), adjustment.procedureCode(), adjustment.group(),
					adjustment.reason(), adjustment.amount(), adjustment.quantity(),
					effective(adjustment, deniedOutright, zeroPayDenial, codes)));
		}
		return new PaymentFacts(payment.statusCode(), payment.charge(), payment.paid(), payment.patientResponsibility(),
				List.copyOf(sorted));
	}

	private static Classified classified(@Nullable Integer line, @Nullable String procedure, Adjustment adjustment,
			ReasonCodeCatalog codes) {
		return new Classified(line, procedure, adjustment.group(), adjustment.reason(), adjustment.amount(),
				adjustment.quantity(), codes.classify(adjustment.group(), adjustment.reason()));
	}

	private static AdjustmentClass effective(Classified adjustment, boolean deniedOutright, boolean zeroPayDenial,
			ReasonCodeCatalog codes) {
		AdjustmentClass kind = adjustment.adjustmentClass();
		if (kind == AdjustmentClass.PATIENT_RESPONSIBILITY || kind == AdjustmentClass.PRIOR_PAYER) {
			return kind;
		}
		if (deniedOutright) {
			return AdjustmentClass.DENIAL;
		}
		if (zeroPayDenial && isCorrection(adjustment)
				&& codes.classify("CO", adjustment.reason()) == AdjustmentClass.DENIAL) {
			return AdjustmentClass.DENIAL;
		}
		return kind;
	}

	private static boolean isCorrection(Classified adjustment) {
		return AdjustmentGroup.of(adjustment.group()).orElse(null) == AdjustmentGroup.CR;
	}

	boolean isReversal() {
		return "22".equals(this.statusCode);
	}

	BigDecimal total(AdjustmentClass kind) {
		return this.adjustments.stream()
			.filter((a) -> a.adjustmentClass() == kind)
			.map(Classified::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	BigDecimal adjusted() {
		return this.adjustments.stream().map(Classified::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Sum of the PR group adjustments, claim and line level. */
	BigDecimal patientGroup() {
		return this.adjustments.stream()
			.filter((a) -> AdjustmentGroup.of(a.group()).orElse(null) == AdjustmentGroup.PR)
			.map(Classified::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
