package io.ardesk.tenancy;

import java.util.regex.Pattern;

/**
 * Identifies a client practice (a tenant) by its slug, for example
 * {@code northside-family}. Validated on construction so that a raw request value can
 * never reach SQL unchecked.
 */
public record ClientId(String value) {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

	public ClientId {
		if (value == null || !SLUG.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a valid client id: must be a lower-case slug");
		}
	}

	public static ClientId of(String value) {
		return new ClientId(value);
	}

	public static boolean isValid(String value) {
		return value != null && SLUG.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
