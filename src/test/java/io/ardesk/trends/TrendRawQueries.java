package io.ardesk.trends;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.codes.ReasonCode;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.tenancy.TrendRules;
import io.ardesk.test.BenchmarkFirm;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements the four trend rules send for one client's detection, as raw SQL with
 * the default thresholds, in the bound client's schema: the denial summaries by payer +
 * reason (and by procedure and location once a pattern is over the threshold), the claims
 * of each pattern over it, the adjudicated counts and category summaries of both periods
 * of the rate rule and the claims of each category over it, the underpayment list and the
 * document waits. The SQL text is the rules' own (denials' {@code DenialSql},
 * {@code DenialSummaryQuery}, {@code DeniedClaimsQuery}, contracts'
 * {@code UnderpaymentService.list}, {@code DocumentWaitsRule}); keep it in step with
 * them.
 */
final class TrendRawQueries {

	/** {@code DenialSql.DENIALS}. */
	static final String DENIALS = """
			select cp.claim_id, c.claim_number, r.payer_id, p.name as payer_name,
			  a.group_code || '-' || a.reason_code as reason, coalesce(m.category, 'OTHER') as category,
			  a.amount, a.line_number, coalesce(a.procedure_code, 'claim level') as procedure,
			  coalesce(c.rendering_npi, 'unknown') as provider, coalesce(c.location, 'unknown') as location,
			  r.payment_date as denied_on, cp.id as claim_payment_id, r.import_batch_id
			from claim_adjustment a
			join claim_payment cp on cp.id = a.claim_payment_id
			join remittance r on r.id = cp.remittance_id
			join claim c on c.id = cp.claim_id
			join payer p on p.id = r.payer_id
			left join unnest(cast(:codes as varchar[]), cast(:categories as varchar[])) as m(code, category)
			  on m.code = a.reason_code
			where a.adjustment_class = 'DENIAL' and a.amount > 0
			  and a.reason_code <> all(cast(:routine as varchar[]))
			  and cp.status_code <> '22' and cp.reversed_by_id is null
			  and r.payment_date between :from and :to
			""";

	static final String ADJUDICATED = "select count(distinct cp.claim_id) from claim_payment cp "
			+ "join remittance r on r.id = cp.remittance_id where cp.claim_id is not null and cp.status_code <> '22' "
			+ "and cp.reversed_by_id is null and r.payment_date between :from and :to";

	static final String UNDERPAYMENTS = """
			select u.claim_id, c.claim_number, u.line_number, u.procedure_code, u.modifiers, p.name,
			  coalesce(p.external_id, '') as external_id, u.service_date, u.paid_on, u.expected, u.allowed,
			  u.variance
			from underpayment u join claim c on c.id = u.claim_id join payer p on p.id = u.payer_id
			where u.paid_on >= coalesce(:from, date '1900-01-01')
			order by u.variance desc, c.claim_number, u.line_number
			""";

	static final String DOCUMENT_WAITS = """
			select d.claim_id, min(d.requested_at) as since, min(c.insurance_balance) as balance
			from document_request d join claim c on c.id = d.claim_id
			where d.status = 'OPEN' and d.requested_at < :cutoff
			group by d.claim_id order by since
			""";

	private final JdbcClient jdbc;

	private final String[] codes;

	private final String[] categories;

	private final LocalDate today;

	private boolean explain;

	private final TrendRules rules = TrendRules.defaults();

	private final Map<String, Long> steps = new LinkedHashMap<>();

	private int statements;

	TrendRawQueries(JdbcClient jdbc, ReasonCodeCatalog catalog, LocalDate today, boolean explain) {
		this.jdbc = jdbc;
		List<ReasonCode> carcs = catalog.allCarcs();
		this.codes = carcs.stream().map(ReasonCode::code).toArray(String[]::new);
		this.categories = carcs.stream().map((code) -> code.category().name()).toArray(String[]::new);
		this.today = today;
		this.explain = explain;
	}

	/** Every statement of one detection, in the rules' order. */
	void runAll() {
		this.statements = 0;
		LocalDate from = this.today.minusDays(this.rules.repeatedDenialsDays());
		List<Map<String, Object>> patterns = step("repeated denials: summary by payer + reason",
				() -> summary(from, this.today, "d.payer_name", "d.reason"));
		List<Map<String, Object>> over = patterns.stream()
			.filter((row) -> ((Number) row.get("claims")).longValue() >= this.rules.repeatedDenials())
			.toList();
		if (!over.isEmpty()) {
			step("repeated denials: summary by payer + reason + procedure",
					() -> summary(from, this.today, "d.payer_name", "d.reason", "d.procedure"));
			step("repeated denials: summary by payer + reason + location",
					() -> summary(from, this.today, "d.payer_name", "d.reason", "d.location"));
		}
		step("repeated denials: claims of " + over.size() + " patterns", () -> {
			for (Map<String, Object> row : over) {
				claims(from, this.today, Map.of("d.payer_name", row.get("k0"), "d.reason", row.get("k1")));
			}
			return null;
		});
		LocalDate baselineTo = from.minusDays(1);
		LocalDate baselineFrom = baselineTo.minusDays(this.rules.denialRateBaselineDays());
		long[] adjudicated = step("denial rate: adjudicated claims, both periods",
				() -> new long[] { adjudicated(from, this.today), adjudicated(baselineFrom, baselineTo) });
		Map<String, Long> baseline = new HashMap<>();
		List<Map<String, Object>> categories = step("denial rate: summary by category, both periods", () -> {
			for (Map<String, Object> row : summary(baselineFrom, baselineTo, "d.category")) {
				baseline.put((String) row.get("k0"), ((Number) row.get("claims")).longValue());
			}
			return summary(from, this.today, "d.category");
		});
		List<Object> rising = categories.stream()
			.filter((row) -> claims(row) >= this.rules.repeatedDenials()
					&& claims(row) / (double) adjudicated[0] >= this.rules.denialRateFactor().doubleValue()
							* baseline.getOrDefault(row.get("k0"), 0L) / Math.max(1, adjudicated[1]))
			.map((row) -> row.get("k0"))
			.toList();
		step("denial rate: claims of " + rising, () -> {
			for (Object category : rising) {
				claims(from, this.today, Map.of("d.category", category));
			}
			return null;
		});
		step("underpayments: list of the last 60 days",
				() -> this.jdbc.sql(UNDERPAYMENTS)
					.param("from", Date.valueOf(this.today.minusDays(this.rules.underpaymentDays())))
					.query()
					.listOfRows());
		step("document waits", () -> this.jdbc.sql(DOCUMENT_WAITS)
			.param("cutoff", Timestamp.from(Instant.now().minus(this.rules.documentWaitDays(), ChronoUnit.DAYS)))
			.query()
			.listOfRows());
	}

	private static long claims(Map<String, Object> row) {
		return ((Number) row.get("claims")).longValue();
	}

	/** The plans were printed: the timed passes run the statements alone. */
	void explained() {
		this.explain = false;
	}

	String describe() {
		return this.statements + " statements";
	}

	void printSteps() {
		this.steps.forEach((step, millis) -> BenchmarkFirm.print("  raw, last run: %s: %d ms", step, millis));
	}

	private <T> T step(String name, java.util.function.Supplier<T> work) {
		Object[] result = new Object[1];
		this.steps.put(name, BenchmarkFirm.timed(() -> result[0] = work.get()));
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	private List<Map<String, Object>> summary(LocalDate from, LocalDate to, String... dimensions) {
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < dimensions.length; i++) {
			columns.add(dimensions[i] + " as k" + i);
		}
		String sql = "with d as (" + DENIALS + ") select " + String.join(", ", columns)
				+ ", count(distinct d.claim_id) as claims, sum(d.amount) as amount from d group by "
				+ String.join(", ", dimensions) + " order by amount desc, claims desc";
		return run(sql, from, to, Map.of());
	}

	private List<Map<String, Object>> claims(LocalDate from, LocalDate to, Map<String, Object> filter) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		int i = 0;
		for (Map.Entry<String, Object> entry : filter.entrySet()) {
			where.append(" and ").append(entry.getKey()).append(" = :f").append(i);
			params.put("f" + i++, entry.getValue());
		}
		params.put("limit", 1000);
		String sql = "with d as (" + DENIALS + "), f as (select d.* from d " + where + ") "
				+ "select f.claim_id, min(f.claim_number) as claim_number, min(f.payer_name) as payer, "
				+ "max(f.denied_on) as denied_on, (array_agg(f.reason order by f.amount desc))[1] as reason, "
				+ "(array_agg(f.category order by f.amount desc))[1] as category, sum(f.amount) as denied, "
				+ "min(c.insurance_balance) as balance, min(c.status) as status "
				+ "from f join claim c on c.id = f.claim_id group by f.claim_id "
				+ "order by denied desc, claim_number limit :limit";
		return run(sql, from, to, params);
	}

	private long adjudicated(LocalDate from, LocalDate to) {
		this.statements++;
		return this.jdbc.sql(ADJUDICATED)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(Long.class)
			.single();
	}

	private List<Map<String, Object>> run(String sql, LocalDate from, LocalDate to, Map<String, Object> params) {
		this.statements++;
		if (this.explain) {
			StringBuilder plan = new StringBuilder();
			bind(this.jdbc.sql("explain (analyze, buffers) " + sql), from, to, params).query()
				.listOfRows()
				.forEach((row) -> plan.append(row.values().iterator().next()).append('\n'));
			BenchmarkFirm.print("Plan of %s%n%s", sql.substring(sql.lastIndexOf(") select") + 2), plan);
		}
		return bind(this.jdbc.sql(sql), from, to, params).query().listOfRows();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, LocalDate from, LocalDate to,
			Map<String, Object> params) {
		JdbcClient.StatementSpec bound = statement.param("codes", this.codes)
			.param("categories", this.categories)
			.param("routine", new String[] { "1", "2", "3", "23", "45", "253" })
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to));
		for (Map.Entry<String, Object> entry : params.entrySet()) {
			bound = bound.param(entry.getKey(), entry.getValue());
		}
		return bound;
	}

}
