package io.ardesk.edi;

/** The kinds of inbound file ARdesk reads. */
public enum FileFormat {

	X12_837P, X12_837I, X12_835, CSV_CLAIMS

}
