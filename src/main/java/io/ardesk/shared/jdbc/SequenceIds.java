package io.ardesk.shared.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reserves primary keys in blocks, so that rows and the rows that refer to them can be
 * inserted in JDBC batches. Runs in the current transaction's schema.
 */
@Component
public class SequenceIds {

	private final JdbcTemplate jdbc;

	SequenceIds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code count} fresh ids of the identity column {@code id} of {@code table}. */
	public long[] next(String table, int count) {
		if (count == 0) {
			return new long[0];
		}
		if (!table.matches("^[a-z_]{1,63}$")) {
			throw new IllegalArgumentException("Not a table name");
		}
		return this.jdbc
			.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class,
					table, count)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

}
