package io.ardesk.tenancy;

/** Which date a claim's age is counted from. */
public enum AgingBasis {

	DATE_OF_SERVICE, SUBMISSION_DATE

}
