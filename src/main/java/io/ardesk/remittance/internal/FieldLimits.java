package io.ardesk.remittance.internal;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.claims.FilePostingException;
import io.ardesk.edi.Adjustment;
import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.ProviderAdjustment;
import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.edi.ServicePayment;
import org.jspecify.annotations.Nullable;

/**
 * Values of an 835 longer than the ledger keeps are refused before anything is written,
 * naming the element and where it is, instead of failing in the database.
 */
final class FieldLimits {

	private FieldLimits() {
	}

	static void check(List<RemittanceAdvice> advices) {
		List<FileIssue> problems = new ArrayList<>();
		for (RemittanceAdvice advice : advices) {
			limit(problems, advice.traceNumber(), 80, "TRN02 (trace number)", "ST", advice.position());
			limit(problems, advice.payerName(), 60, "N1*PR N102 (payer name)", "ST", advice.position());
			limit(problems, advice.payerId(), 77, "the payer id (REF*2U, N1*PR N104 or TRN03)", "ST",
					advice.position());
			for (ProviderAdjustment plb : advice.providerAdjustments()) {
				limit(problems, plb.providerId(), 80, "PLB01 (provider id)", "ST", advice.position());
				limit(problems, plb.reasonCode(), 10, "PLB03-1 (adjustment reason)", "ST", advice.position());
				limit(problems, plb.reference(), 80, "PLB03-2 (reference)", "ST", advice.position());
			}
			for (ClaimPayment payment : advice.claims()) {
				check(problems, payment);
			}
		}
		if (!problems.isEmpty()) {
			throw new FilePostingException(problems);
		}
	}

	private static void check(List<FileIssue> problems, ClaimPayment payment) {
		int at = payment.position();
		limit(problems, payment.patientControlNumber(), 80, "CLP01 (patient control number)", "CLP", at);
		limit(problems, payment.payerClaimControlNumber(), 80, "CLP07 (payer claim control number)", "CLP", at);
		limit(problems, payment.statusCode(), 3, "CLP02 (claim status)", "CLP", at);
		adjustments(problems, payment.adjustments(), "in the claim-level CAS", at);
		remarks(problems, payment.remarkCodes(), "MOA/MIA of the claim", at);
		int line = 0;
		for (ServicePayment service : payment.lines()) {
			line++;
			String where = "of service line " + line;
			limit(problems, service.procedureCode(), 20, "SVC01-2 (procedure code) " + where, "CLP", at);
			String modifiers = String.join(":", service.modifiers());
			limit(problems, modifiers, 20, "SVC01-3..6 (modifiers) " + where, "CLP", at);
			adjustments(problems, service.adjustments(), "in the CAS " + where, at);
			remarks(problems, service.remarkCodes(), "LQ*HE " + where, at);
		}
	}

	private static void adjustments(List<FileIssue> problems, List<Adjustment> adjustments, String where, int at) {
		for (Adjustment adjustment : adjustments) {
			limit(problems, adjustment.group(), 2, "CAS01 (group code) " + where, "CLP", at);
			limit(problems, adjustment.reason(), 5, "the adjustment reason code (CARC) " + where, "CLP", at);
		}
	}

	private static void remarks(List<FileIssue> problems, List<String> codes, String where, int at) {
		for (String code : codes) {
			limit(problems, code, 30, "a remark code in " + where, "CLP", at);
		}
	}

	private static void limit(List<FileIssue> problems, @Nullable String value, int max, String element, String segment,
			int position) {
		if (value != null && value.length() > max) {
			problems.add(new FileIssue(
					element + " is " + value.length() + " characters long; at most " + max + " are allowed", segment,
					position));
		}
	}

}
