package io.ardesk.tenancy.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PostgreSQL schema name that is safe to put into SQL: validated against a strict
 * pattern and a list of reserved names, so that no raw input ever becomes an identifier.
 */
record SchemaName(String value) {

	static final Pattern PATTERN = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

	private static final Set<String> RESERVED = Set.of("public", "control", "information_schema");

	SchemaName {
		if (value == null || !PATTERN.matcher(value).matches() || RESERVED.contains(value) || value.startsWith("pg_")) {
			throw new IllegalArgumentException("Not an allowed schema name");
		}
	}

	static boolean isAllowed(String value) {
		return value != null && PATTERN.matcher(value).matches() && !RESERVED.contains(value)
				&& !value.startsWith("pg_");
	}

	/** The name quoted as an SQL identifier. */
	String quoted() {
		return '"' + this.value + '"';
	}

}
