package io.ardesk.claims.internal;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.edi.PatientIdentity;
import io.ardesk.edi.ServiceLine;
import io.ardesk.edi.SubmittedClaim;
import org.jspecify.annotations.Nullable;

/**
 * The longest values the ledger keeps for a claim, checked before anything is written so
 * that a file with a longer value is refused saying which one, never with a database
 * error.
 */
final class ClaimFieldLimits {

	private ClaimFieldLimits() {
	}

	/** What is too long in the claim, in plain words; empty when everything fits. */
	static List<String> check(SubmittedClaim claim) {
		List<String> problems = new ArrayList<>();
		limit(problems, claim.claimNumber(), 80, "the claim number");
		limit(problems, claim.payerClaimControlNumber(), 80, "the payer claim number");
		limit(problems, claim.frequencyCode(), 2, "the claim frequency code");
		limit(problems, claim.facilityCode(), 10, "the facility code");
		limit(problems, claim.payerName(), 60, "the payer name");
		limit(problems, claim.payerId(), 77, "the payer id");
		limit(problems, claim.billingNpi(), 20, "the billing provider NPI");
		limit(problems, claim.renderingNpi(), 20, "the rendering provider NPI");
		limit(problems, claim.location(), 200, "the service location name");
		PatientIdentity patient = claim.patient();
		limit(problems, patient.accountNumber(), 80, "the patient account number");
		limit(problems, patient.memberId(), 80, "the member id");
		limit(problems, patient.lastName(), 100, "the patient's last name");
		limit(problems, patient.firstName(), 100, "the patient's first name");
		for (ServiceLine line : claim.lines()) {
			String where = " of line " + line.lineNumber();
			limit(problems, line.procedureCode(), 20, "the procedure code" + where);
			limit(problems, String.join(":", line.modifiers()), 20, "the modifiers" + where);
			limit(problems, line.revenueCode(), 10, "the revenue code" + where);
		}
		return problems;
	}

	private static void limit(List<String> problems, @Nullable String value, int max, String what) {
		if (value != null && value.length() > max) {
			// the value itself is left out: it may be patient data
			problems
				.add(capitalized(what) + " is " + value.length() + " characters long; at most " + max + " are kept");
		}
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
