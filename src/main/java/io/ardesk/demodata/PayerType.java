package io.ardesk.demodata;

/** The kinds of payer a practice bills; each pays on its own schedule and terms. */
public enum PayerType {

	MEDICARE, MEDICARE_ADVANTAGE, MEDICAID, COMMERCIAL, WORKERS_COMP,

	/** Medicare supplement: only ever secondary to Medicare. */
	MEDIGAP

}
