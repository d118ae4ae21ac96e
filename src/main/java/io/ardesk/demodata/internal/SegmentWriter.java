package io.ardesk.demodata.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes one X12 interchange ({@code *} elements, {@code :} components, {@code ~} plus a
 * newline after each segment) and keeps the SE, GE and IEA counts.
 */
final class SegmentWriter {

	static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

	private final StringBuilder out = new StringBuilder(64 * 1024);

	private final int controlNumber;

	private int groups;

	private int transactions;

	private int segmentsInTransaction;

	private int transactionNumber;

	/**
	 * Starts the interchange and its one functional group.
	 * @param time HHMM; derived from the data, never from the clock, to stay
	 * deterministic
	 */
	SegmentWriter(String functionalId, String version, String sender, String receiver, LocalDate date, String time,
			int controlNumber) {
		this.controlNumber = controlNumber;
		this.out.append("ISA*00*          *00*          *ZZ*")
			.append(padded(sender))
			.append("*ZZ*")
			.append(padded(receiver))
			.append('*')
			.append(YYMMDD.format(date))
			.append('*')
			.append(time)
			.append("*^*00501*")
			.append("%09d".formatted(controlNumber))
			.append("*0*P*:~\n");
		segment("GS", functionalId, sender, receiver, CCYYMMDD.format(date), time, String.valueOf(controlNumber), "X",
				version);
		this.groups = 1;
	}

	void startTransaction(String setId, String implementation) {
		this.transactionNumber++;
		this.segmentsInTransaction = 0;
		segment("ST", setId, "%04d".formatted(this.transactionNumber), implementation);
	}

	void endTransaction() {
		segment("SE", String.valueOf(this.segmentsInTransaction + 1), "%04d".formatted(this.transactionNumber));
		this.transactions++;
	}

	/** Writes a segment; trailing empty elements are dropped, as X12 requires. */
	void segment(String id, String... elements) {
		int last = elements.length;
		while (last > 0 && elements[last - 1].isEmpty()) {
			last--;
		}
		this.out.append(id);
		for (int i = 0; i < last; i++) {
			this.out.append('*').append(elements[i]);
		}
		this.out.append("~\n");
		this.segmentsInTransaction++;
	}

	byte[] finish() {
		segment("GE", String.valueOf(this.transactions), String.valueOf(this.controlNumber));
		segment("IEA", String.valueOf(this.groups), "%09d".formatted(this.controlNumber));
		return this.out.toString().getBytes(StandardCharsets.US_ASCII);
	}

	static String date(LocalDate date) {
		return CCYYMMDD.format(date);
	}

	private static String padded(String id) {
		return (id.length() >= 15) ? id.substring(0, 15) : id + " ".repeat(15 - id.length());
	}

}
