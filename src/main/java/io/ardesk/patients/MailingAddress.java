package io.ardesk.patients;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a patient's letters go. PHI: never log it.
 *
 * @param zip five digits or ZIP+4
 */
public record MailingAddress(String line1, @Nullable String line2, String city, String state, String zip) {

	/** The lines of the address block below the name, in USPS order. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(this.line1);
		if (this.line2 != null && !this.line2.isBlank()) {
			lines.add(this.line2);
		}
		lines.add(this.city + " " + this.state + "  " + zip(this.zip));
		return lines;
	}

	/** 802041234 is written 80204-1234. */
	static String zip(String zip) {
		return zip.matches("\\d{9}") ? zip.substring(0, 5) + "-" + zip.substring(5) : zip;
	}

	@Override
	public String toString() {
		return "MailingAddress[redacted]";
	}

}
