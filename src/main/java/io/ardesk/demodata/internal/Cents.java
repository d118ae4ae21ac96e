package io.ardesk.demodata.internal;

import java.math.BigDecimal;

/** Money is kept in whole cents so sums balance exactly; X12 wants dollars. */
final class Cents {

	private Cents() {
	}

	static long of(BigDecimal dollars) {
		return dollars.movePointRight(2).longValueExact();
	}

	static String format(long cents) {
		if (cents == 0) {
			return "0";
		}
		long abs = Math.abs(cents);
		return ((cents < 0) ? "-" : "") + (abs / 100) + "." + ((abs % 100 < 10) ? "0" : "") + (abs % 100);
	}

	static long percent(long cents, double percent) {
		return Math.round(cents * percent / 100.0);
	}

}
