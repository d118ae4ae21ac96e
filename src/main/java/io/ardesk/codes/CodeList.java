package io.ardesk.codes;

/** Which official code list a file holds. */
public enum CodeList {

	CARC, RARC

}
