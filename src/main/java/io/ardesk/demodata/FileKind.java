package io.ardesk.demodata;

/** What a generated file contains. */
public enum FileKind {

	/** An X12 005010X222A1 professional claim file. */
	CLAIMS_837P,

	/** An X12 005010X221A1 remittance advice file. */
	REMITTANCE_835

}
