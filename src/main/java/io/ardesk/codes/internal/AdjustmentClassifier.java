package io.ardesk.codes.internal;

import java.util.Set;

import io.ardesk.codes.AdjustmentClass;
import io.ardesk.codes.AdjustmentGroup;
import io.ardesk.codes.DenialCategory;

import org.jspecify.annotations.Nullable;

/**
 * Decides how a CAS adjustment affects balances from its group code and the reason code's
 * category. The group code decides first because it says who bears the amount; the reason
 * code only says why.
 *
 * <p>
 * Edge cases, and why:
 * <ul>
 * <li>PR with any reason (even 50 or 96) is patient responsibility, never a denial: the
 * payer has told us the patient may be billed, so the amount leaves the insurance
 * balance.</li>
 * <li>1/2/3 (deductible, coinsurance, copay) under CO/OA/PI are not billable to the
 * patient (only PR allows that) and are not denials: other reduction.</li>
 * <li>23 (impact of prior payer) under any group but PR is a prior-payer amount, not a
 * denial, although its category is coordination of benefits.</li>
 * <li>59 (multiple or concurrent procedure rules) and 94 (processed in excess of charges)
 * are pricing rules of the fee schedule, so contractual; likewise 172 (specialty
 * reduction), 253 (sequestration, mandated by law but expected) and 24 (capitation). They
 * carry the CONTRACTUAL category in carc.csv.</li>
 * <li>CR (4010 correction and reversal) restates an earlier adjudication rather than
 * making a new decision: other reduction.</li>
 * <li>OTHER-category codes are denials unless listed in {@link #REDUCTIONS_NOT_DENIALS}:
 * payments to someone else, outliers, withholdings, interest, surcharges. An unknown code
 * is treated as a denial so that a person looks at it rather than it being written off
 * silently.</li>
 * </ul>
 */
public final class AdjustmentClassifier {

	/** OTHER-category codes that reduce the payment without refusing it. */
	static final Set<String> REDUCTIONS_NOT_DENIALS = Set.of("69", "70", "74", "75", "76", "85", "89", "100", "101",
			"102", "105", "118", "121", "129", "130", "132", "133", "134", "137", "143", "144", "161", "186", "187",
			"169", "195", "205", "209", "215", "223", "225", "229", "235", "237", "246", "259", "293", "294", "295",
			"A0", "A5", "A7");

	private static final String PRIOR_PAYER_IMPACT = "23";

	private AdjustmentClassifier() {
	}

	/**
	 * @param group the CAS group code, already upper-cased
	 * @param carc the reason code, already upper-cased
	 * @param category the reason code's category, or {@code null} when the code is
	 * unknown
	 */
	public static AdjustmentClass classify(String group, String carc, @Nullable DenialCategory category) {
		AdjustmentGroup knownGroup = AdjustmentGroup.of(group).orElse(null);
		if (knownGroup == AdjustmentGroup.PR) {
			return AdjustmentClass.PATIENT_RESPONSIBILITY;
		}
		if (knownGroup == AdjustmentGroup.CR) {
			return AdjustmentClass.OTHER_REDUCTION;
		}
		if (PRIOR_PAYER_IMPACT.equals(carc)) {
			return AdjustmentClass.PRIOR_PAYER;
		}
		if (category == null) {
			return AdjustmentClass.DENIAL;
		}
		return switch (category) {
			case CONTRACTUAL -> AdjustmentClass.CONTRACTUAL;
			case PATIENT_RESPONSIBILITY -> AdjustmentClass.OTHER_REDUCTION;
			case OTHER ->
				REDUCTIONS_NOT_DENIALS.contains(carc) ? AdjustmentClass.OTHER_REDUCTION : AdjustmentClass.DENIAL;
			default -> AdjustmentClass.DENIAL;
		};
	}

}
