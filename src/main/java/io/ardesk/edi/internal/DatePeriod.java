package io.ardesk.edi.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A date or date range from a DTP (D8, RD8, DT) or DTM segment. */
record DatePeriod(@Nullable LocalDate from, @Nullable LocalDate to) {

	static final DatePeriod NONE = new DatePeriod(null, null);

	/** DTP*qualifier*format*value: D8 is one date, RD8 is CCYYMMDD-CCYYMMDD. */
	static DatePeriod fromDtp(Segment dtp, Warnings warnings) {
		String format = dtp.element(2).strip();
		String value = dtp.element(3).strip();
		if (format.equals("RD8") && value.contains("-")) {
			String[] parts = value.split("-", 2);
			return new DatePeriod(ElementValues.date(dtp, parts[0], warnings),
					ElementValues.date(dtp, parts[1], warnings));
		}
		if (format.equals("DT") && value.length() >= 8) {
			// date and time CCYYMMDDHHMM: only the date matters here
			LocalDate date = ElementValues.date(dtp, value.substring(0, 8), warnings);
			return new DatePeriod(date, date);
		}
		LocalDate date = ElementValues.date(dtp, value, warnings);
		return new DatePeriod(date, date);
	}

	static @Nullable LocalDate fromDtm(Segment dtm, Warnings warnings) {
		return ElementValues.date(dtm, dtm.element(2), warnings);
	}

	boolean isEmpty() {
		return this.from == null && this.to == null;
	}

}
