package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The other payers of claims (837 loop 2320/2330B): earlier payers with what they paid,
 * and payers that come next. Posting reads them to know a payer's place among the claim's
 * payers and whether a secondary is on file.
 */
@Component
class OtherPayers {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OtherPayers(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * One other payer of a claim.
	 *
	 * @param sequence P, S or T
	 * @param paid what it paid, as the 837 reports it ({@code null} when it has not
	 * adjudicated)
	 */
	record OtherPayer(long claimId, String sequence, @Nullable Long payerId, boolean adjudicated,
			@Nullable BigDecimal paid, @Nullable BigDecimal adjusted, @Nullable BigDecimal patientResponsibility,
			@Nullable BigDecimal remainingLiability) {
	}

	Map<Long, List<OtherPayer>> of(Collection<Long> claimIds) {
		Map<Long, List<OtherPayer>> result = new HashMap<>();
		List<Long> ids = new ArrayList<>(claimIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.jdbc
				.sql("select claim_id, sequence, payer_id, adjudicated, paid, adjusted, patient_responsibility, "
						+ "remaining_liability from claim_other_payer where claim_id in (:ids) order by sequence")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((rs, row) -> new OtherPayer(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
						rs.getBoolean(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
						rs.getBigDecimal(8)))
				.list()
				.forEach((payer) -> result.computeIfAbsent(payer.claimId(), (id) -> new ArrayList<>()).add(payer));
		}
		return result;
	}

	/** Records other payers; a sequence already on file for the claim is replaced. */
	void save(List<OtherPayer> payers) {
		if (payers.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		for (OtherPayer payer : payers) {
			rows.add(new Object[] { payer.claimId(), payer.sequence(), payer.payerId(), payer.adjudicated(),
					payer.paid(), payer.adjusted(), payer.patientResponsibility(), payer.remainingLiability() });
		}
		this.template.batchUpdate("insert into claim_other_payer (claim_id, sequence, payer_id, adjudicated, paid, "
				+ "adjusted, patient_responsibility, remaining_liability) values (?, ?, ?, ?, ?, ?, ?, ?) "
				+ "on conflict (claim_id, sequence) do update set payer_id = excluded.payer_id, "
				+ "adjudicated = excluded.adjudicated, paid = excluded.paid, adjusted = excluded.adjusted, "
				+ "patient_responsibility = excluded.patient_responsibility, "
				+ "remaining_liability = excluded.remaining_liability", rows);
	}

}
