package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of documentation holds in the bound client's schema: the codes of a claim's
 * latest adjudication, and the claims waiting on the practice for documents.
 */
@Component
class PracticeHoldQuery {

	private final JdbcClient jdbc;

	PracticeHoldQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The codes of the claim's latest adjudication that is neither reversed nor a
	 * reversal.
	 */
	record LatestCodes(LocalDate serviceDate, List<String[]> adjustments, List<String> remarks) {
	}

	@Nullable LatestCodes latest(long claimId) {
		Long payment = this.jdbc.sql("""
				select cp.id from claim_payment cp where cp.claim_id = :claim and cp.reversed_by_id is null
				  and cp.status_code <> '22' order by cp.id desc limit 1
				""").param("claim", claimId).query(Long.class).optional().orElse(null);
		if (payment == null) {
			return null;
		}
		LocalDate service = this.jdbc.sql("select service_date_from from claim where id = :claim")
			.param("claim", claimId)
			.query(LocalDate.class)
			.single();
		List<String[]> adjustments = this.jdbc
			.sql("select group_code, reason_code from claim_adjustment where claim_payment_id = :payment order by id")
			.param("payment", payment)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		List<String> remarks = this.jdbc.sql("select code from remark where claim_payment_id = :payment order by id")
			.param("payment", payment)
			.query(String.class)
			.list();
		return new LatestCodes(service, adjustments, remarks);
	}

	boolean openRequestExists(long claimId, String whatIsNeeded) {
		return this.jdbc.sql("""
				select exists (select 1 from document_request where claim_id = :claim and status = 'OPEN'
				  and what_is_needed = :what)
				""").param("claim", claimId).param("what", whatIsNeeded).query(Boolean.class).single();
	}

	/** The oldest open request of each waiting claim. */
	record Wait(long claimId, Instant since, String whatIsNeeded, BigDecimal balance) {
	}

	List<Wait> waits() {
		return this.jdbc.sql("""
				select distinct on (d.claim_id) d.claim_id, d.requested_at, d.what_is_needed, c.insurance_balance
				from document_request d join claim c on c.id = d.claim_id
				where d.status = 'OPEN'
				order by d.claim_id, d.requested_at
				""")
			.query((rs, n) -> new Wait(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getBigDecimal(4)))
			.list();
	}

	Map<Long, Wait> waitsByClaim() {
		Map<Long, Wait> result = new HashMap<>();
		waits().forEach((wait) -> result.put(wait.claimId(), wait));
		return result;
	}

	static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

}
