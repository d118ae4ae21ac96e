package io.ardesk.edi;

import org.jspecify.annotations.Nullable;

/**
 * A US mailing address as a claim file gives it (837 N3/N4 of loops 2010BA/2010CA, or the
 * CSV address columns). PHI: never log any field of this record.
 *
 * @param state two-letter state code
 * @param zip five or nine digits as written
 */
public record PostalAddress(String line1, @Nullable String line2, String city, String state, String zip) {

	@Override
	public String toString() {
		return "PostalAddress[redacted]";
	}

}
