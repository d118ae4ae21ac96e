package io.ardesk.worklist;

/** Which way a balance transfer moves money between the payer and the patient. */
public enum TransferDirection {

	/** The payer says the patient owes it (deductible, co-insurance). */
	TO_PATIENT,
	/** Back to insurance, for example to bill a secondary payer. */
	TO_INSURANCE

}
