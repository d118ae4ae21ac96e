package io.ardesk.edi;

import io.ardesk.edi.internal.X12ClaimReader;
import io.ardesk.edi.internal.X12FormatSniffer;
import io.ardesk.edi.internal.X12RemittanceReader;

/**
 * Entry point for inbound X12 files: tells what a file is and reads 835 remittances and
 * 837P/837I claims into plain records.
 */
public final class X12Files {

	private X12Files() {
	}

	/**
	 * Which kind of file the bytes hold: an X12 835, 837P or 837I from the ST01 and the
	 * implementation guide (ST03 or GS08); anything that does not start with an ISA
	 * header is treated as a CSV claims export.
	 * @throws MalformedFileException if the file starts like X12 but names no readable
	 * 835 or 837 transaction set
	 */
	public static FileFormat detect(byte[] content) {
		return X12FormatSniffer.detect(content);
	}

	/**
	 * Reads every remittance advice (ST..SE) of every group and interchange in an 835.
	 * @throws MalformedFileException if the file cannot be read safely; nothing of it may
	 * then be posted
	 */
	public static RemittanceFile read835(byte[] content) {
		return X12RemittanceReader.read(content);
	}

	/**
	 * Reads every claim (CLM) of an 837P or 837I.
	 * @throws MalformedFileException if the file cannot be read safely
	 */
	public static ClaimFile read837(byte[] content) {
		return X12ClaimReader.read(content);
	}

}
