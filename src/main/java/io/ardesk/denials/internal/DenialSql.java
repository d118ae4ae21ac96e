package io.ardesk.denials.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.codes.DenialCategory;
import io.ardesk.codes.ReasonCode;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.denials.DenialDimension;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The denied adjustments as one SQL source, and the expression of each dimension. The
 * catalogue lives in memory (an admin may reload it), so the category of each CARC is
 * passed in as two arrays rather than stored with the adjustment.
 */
final class DenialSql {

	/** Routine adjustments that are never denials, whatever the posting said. */
	static final Set<String> ROUTINE_CODES = Set.of("1", "2", "3", "23", "45", "253");

	/**
	 * One row per denied adjustment; parameters {@code from}, {@code to}, {@code codes},
	 * {@code categories}, {@code routine}.
	 */
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

	private static final Map<DenialDimension, String> EXPRESSIONS = new EnumMap<>(Map.of(DenialDimension.CATEGORY,
			"d.category", DenialDimension.PAYER, "d.payer_name", DenialDimension.REASON, "d.reason",
			DenialDimension.RARC, "coalesce(rm.code, 'none')", DenialDimension.PROCEDURE, "d.procedure",
			DenialDimension.PROVIDER, "d.provider", DenialDimension.LOCATION, "d.location", DenialDimension.WEEK,
			"cast(cast(date_trunc('week', d.denied_on) as date) as varchar)", DenialDimension.MONTH,
			"to_char(d.denied_on, 'YYYY-MM')"));

	/** Remarks of the denial's claim payment at claim level or on the denied line. */
	static final String REMARKS = " left join remark rm on rm.claim_payment_id = d.claim_payment_id "
			+ "and (rm.line_number is null or rm.line_number = d.line_number) ";

	private DenialSql() {
	}

	static String expression(DenialDimension dimension) {
		return EXPRESSIONS.get(dimension);
	}

	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ReasonCodeCatalog catalog) {
		List<ReasonCode> carcs = catalog.allCarcs();
		String[] codes = carcs.stream().map(ReasonCode::code).toArray(String[]::new);
		String[] categories = carcs.stream().map((code) -> code.category().name()).toArray(String[]::new);
		return statement.param("codes", codes)
			.param("categories", categories)
			.param("routine", ROUTINE_CODES.toArray(String[]::new));
	}

	static DenialCategory category(String name) {
		try {
			return DenialCategory.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return DenialCategory.OTHER;
		}
	}

}
