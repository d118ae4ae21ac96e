package io.ardesk.codes;

/** How a posted CAS adjustment affects balances and work queues. */
public enum AdjustmentClass {

	/** The payer refused to pay; the amount needs working (correct, appeal or bill). */
	DENIAL,

	/** Written off under the payer contract or fee schedule. */
	CONTRACTUAL,

	/** Moves to the patient's balance. */
	PATIENT_RESPONSIBILITY,

	/** Explained by what an earlier payer already paid or adjusted. */
	PRIOR_PAYER,

	/** Any other reduction that is neither a denial nor billable to the patient. */
	OTHER_REDUCTION

}
