package io.ardesk.patients;

/** Why no letter goes out although one would otherwise be due. */
public enum SequenceHold {

	/** Letters follow their schedule. */
	NONE,
	/** A payment plan the patient keeps: letters and collections wait. */
	PAYMENT_PLAN,
	/** The balance is with a collection agency: the practice sends no more letters. */
	IN_COLLECTIONS,
	/** The patient owes nothing: there is nothing to write about. */
	NOTHING_OWED

}
