package io.ardesk.routing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claim payments one import posted to claims, with their payer and adjustments (reads
 * the remittance tables of the bound client's schema; reversals and reversed payments are
 * left out).
 */
@Component
class PostedAdjustments {

	private final JdbcClient jdbc;

	PostedAdjustments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Adjustment(String group, String reason, BigDecimal amount) {
	}

	record Payment(long claimId, String sequence, @Nullable String payerId, String payerCategory,
			List<Adjustment> adjustments) {
	}

	private record Row(long paymentId, Payment payment, Adjustment adjustment) {
	}

	List<Payment> of(long importId) {
		List<Row> rows = this.jdbc.sql("""
				select cp.id, cp.claim_id, coalesce(cp.payer_sequence, 'P') as sequence, p.external_id, p.category,
				       a.group_code, a.reason_code, a.amount
				from claim_payment cp
				join remittance r on r.id = cp.remittance_id
				join payer p on p.id = r.payer_id
				join claim_adjustment a on a.claim_payment_id = cp.id
				where r.import_batch_id = :batch and cp.claim_id is not null and cp.status_code <> '22'
				  and cp.reversed_by_id is null
				order by cp.id, a.id
				""")
			.param("batch", importId)
			.query((rs, n) -> new Row(rs.getLong(1),
					new Payment(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), new ArrayList<>()),
					new Adjustment(rs.getString(6), rs.getString(7), rs.getBigDecimal(8))))
			.list();
		Map<Long, Payment> payments = new LinkedHashMap<>();
		for (Row row : rows) {
			payments.computeIfAbsent(row.paymentId(), (id) -> row.payment()).adjustments().add(row.adjustment());
		}
		return List.copyOf(payments.values());
	}

}
