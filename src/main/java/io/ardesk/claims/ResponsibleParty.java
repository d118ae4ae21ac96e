package io.ardesk.claims;

/** Who still owes money on a claim. */
public enum ResponsibleParty {

	INSURANCE, PATIENT

}
