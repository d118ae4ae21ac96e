package io.ardesk.shared.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The posting's bulk writes: every value comes back from PostgreSQL as it went in, the
 * way a batched insert would have stored it, and a bad row fails the whole copy.
 */
@ArdeskIntegrationTest
class BulkCopyIntegrationTest extends IntegrationTestSupport {

	private static final String TABLE = """
			create temp table copied (id bigint not null, name text, amount numeric(12,2), day date,
			at timestamptz, at_local timestamp, n integer, flag boolean, code varchar(3)) on commit drop""";

	private static final List<String> COLUMNS = List.of("id", "name", "amount", "day", "at", "at_local", "n", "flag",
			"code");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void valuesWithTabsNewlinesBackslashesNullsAndAccentsComeBackUnchanged() {
		Instant at = Instant.parse("2026-03-08T07:30:15.123456Z");
		List<Object[]> rows = List.of(
				new Object[] { 1L, "tab\there, newline\nthere, cr\r, back\\slash \\N and é", new BigDecimal("-1234.50"),
						Date.valueOf(LocalDate.of(2026, 2, 28)), Timestamp.from(at), Timestamp.from(at), 7, true,
						"CO" },
				new Object[] { 2L, null, null, null, null, null, null, null, null },
				new Object[] { 3L, "", new BigDecimal("0.00"), LocalDate.of(1999, 12, 31), at, at, -3, false, "PR" });
		List<Map<String, Object>> back = this.transaction.execute((status) -> {
			this.jdbc.execute(TABLE);
			assertThat(BulkCopy.copy(this.jdbc, "copied", COLUMNS, rows)).isEqualTo(3);
			return this.jdbc.queryForList(
					"select id, name, amount, day, at = ?::timestamptz as same_instant, "
							+ "at_local = ?::timestamp as same_local, n, flag, code from copied order by id",
					Timestamp.from(at), Timestamp.from(at));
		});
		assertThat(back).hasSize(3);
		assertThat(back.get(0).get("name")).isEqualTo("tab\there, newline\nthere, cr\r, back\\slash \\N and é");
		assertThat(back.get(0).get("amount")).isEqualTo(new BigDecimal("-1234.50"));
		assertThat(back.get(0).get("day")).isEqualTo(Date.valueOf("2026-02-28"));
		assertThat(back.get(0).get("same_instant")).isEqualTo(true);
		assertThat(back.get(0).get("same_local")).isEqualTo(true);
		assertThat(back.get(0).get("n")).isEqualTo(7);
		assertThat(back.get(0).get("flag")).isEqualTo(true);
		assertThat(back.get(1).values()).containsOnly(2L, null);
		assertThat(back.get(2).get("name")).isEqualTo("");
		assertThat(back.get(2).get("day")).isEqualTo(Date.valueOf("1999-12-31"));
		assertThat(back.get(2).get("same_instant")).isEqualTo(true);
		assertThat(back.get(2).get("flag")).isEqualTo(false);
	}

	@Test
	void manyRowsAcrossSeveralChunksAllArrive() {
		List<Object[]> rows = new ArrayList<>();
		for (long i = 0; i < 30_000; i++) {
			rows.add(new Object[] { i, "row number " + i + " with some padding to cross the chunk size",
					BigDecimal.valueOf(i, 2), null, null, null, (int) i, null, null });
		}
		Map<String, Object> totals = this.transaction.execute((status) -> {
			this.jdbc.execute(TABLE);
			BulkCopy.copy(this.jdbc, "copied", COLUMNS, rows);
			return this.jdbc.queryForMap(
					"select count(*) as rows, sum(amount) as amount, count(distinct name) as names " + "from copied");
		});
		assertThat(totals.get("rows")).isEqualTo(30_000L);
		assertThat(totals.get("amount")).isEqualTo(new BigDecimal("4499850.00"));
		assertThat(totals.get("names")).isEqualTo(30_000L);
	}

	@Test
	void aValueTheColumnRefusesFailsTheCopyAsAnInsertWould() {
		List<Object[]> rows = List.<Object[]>of(new Object[] { 1L, "ok", null, null, null, null, null, null, "CO" },
				new Object[] { 2L, "too long", null, null, null, null, null, null, "TOOLONG" });
		assertThatThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
			this.jdbc.execute(TABLE);
			BulkCopy.copy(this.jdbc, "copied", COLUMNS, rows);
		})).isInstanceOf(DataIntegrityViolationException.class);
	}

}
