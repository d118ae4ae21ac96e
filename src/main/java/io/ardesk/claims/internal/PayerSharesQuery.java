package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.codes.ReasonCodeCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who pays what on one claim: each payer by its place (primary, secondary, tertiary) with
 * what it paid, from the remittances posted here or else from what a later claim reported
 * (837 loop 2320), and what it still owes; then the patient. Also the denials still open,
 * line by line with their reasons.
 */
@Component
class PayerSharesQuery {

	private static final String SEQUENCES = "PST";

	/** The place of a posted payment; rows posted before places were kept go by CLP02. */
	private static final String SEQUENCE = "coalesce(cp.payer_sequence, case cp.status_code when '2' then 'S' "
			+ "when '20' then 'S' when '3' then 'T' when '21' then 'T' else 'P' end)";

	private final JdbcClient jdbc;

	private final ReasonCodeCatalog codes;

	PayerSharesQuery(JdbcClient jdbc, ReasonCodeCatalog codes) {
		this.jdbc = jdbc;
		this.codes = codes;
	}

	private record Remitted(BigDecimal paid, String payer) {
	}

	private record Reported(@Nullable BigDecimal paid, @Nullable String payer, boolean adjudicated) {
	}

	List<ClaimDetail.PayerShare> of(ClaimDetail claim) {
		Map<String, Remitted> remitted = new HashMap<>();
		this.jdbc
			.sql("select " + SEQUENCE + " as sequence, sum(cp.paid), max(p.name) from claim_payment cp "
					+ "join remittance r on r.id = cp.remittance_id join payer p on p.id = r.payer_id "
					+ "where cp.claim_id = ? group by 1")
			.param(claim.id())
			.query((rs, n) -> remitted.put(rs.getString(1), new Remitted(rs.getBigDecimal(2), rs.getString(3))))
			.list();
		Map<String, Reported> reported = new HashMap<>();
		this.jdbc
			.sql("select o.sequence, o.paid, p.name, o.adjudicated from claim_other_payer o "
					+ "left join payer p on p.id = o.payer_id where o.claim_id = ?")
			.param(claim.id())
			.query((rs, n) -> reported.put(rs.getString(1),
					new Reported(rs.getBigDecimal(2), rs.getString(3), rs.getBoolean(4))))
			.list();
		String billed = claim.responsibility();
		int billedPlace = SEQUENCES.indexOf(billed);
		List<ClaimDetail.PayerShare> shares = new ArrayList<>();
		for (int place = 0; place < SEQUENCES.length(); place++) {
			String sequence = String.valueOf(SEQUENCES.charAt(place));
			Remitted remit = remitted.get(sequence);
			Reported report = reported.get(sequence);
			BigDecimal owed = BigDecimal.ZERO;
			if (sequence.equals(billed)) {
				owed = claim.insuranceBalance().subtract(claim.awaitingNextPayer());
			}
			else if (place == billedPlace + 1) {
				owed = claim.awaitingNextPayer();
			}
			String payer = (remit != null) ? remit.payer() : (report != null && report.payer() != null) ? report.payer()
					: sequence.equals(billed) ? claim.payer().name() : null;
			BigDecimal paid = BigDecimal.ZERO;
			String source = sequence.equals(billed) ? "billed now" : "";
			if (remit != null) {
				paid = remit.paid();
				source = "remittances posted here";
			}
			else if (report != null && report.adjudicated() && report.paid() != null) {
				paid = report.paid();
				source = "as the claim to the next payer reported it (837 loop 2320)";
			}
			else if (report != null) {
				source = "on file as another payer, not yet adjudicated";
			}
			if (payer == null && paid.signum() == 0 && owed.signum() == 0) {
				continue;
			}
			shares.add(new ClaimDetail.PayerShare(label(sequence), payer, paid.setScale(2), owed.setScale(2), source));
		}
		shares.add(new ClaimDetail.PayerShare("Patient", null, claim.patientPaid().setScale(2),
				claim.patientBalance().setScale(2), "patient payments and balance"));
		return List.copyOf(shares);
	}

	List<ClaimDetail.OpenDenial> openDenials(ClaimDetail claim) {
		if (claim.deniedOpen().signum() <= 0) {
			return List.of();
		}
		return this.jdbc.sql("select a.line_number, a.procedure_code, a.group_code, a.reason_code, a.amount, p.name, "
				+ "r.payment_date from claim_adjustment a join claim_payment cp on cp.id = a.claim_payment_id "
				+ "join remittance r on r.id = cp.remittance_id join payer p on p.id = r.payer_id "
				+ "where cp.claim_id = ? and cp.status_code <> '22' and cp.reversed_by_id is null "
				+ "and a.adjustment_class = 'DENIAL' and a.amount > 0 order by cp.id, a.line_number nulls first, a.id")
			.param(claim.id())
			.query((rs, n) -> new ClaimDetail.OpenDenial(rs.getObject(1, Integer.class), rs.getString(2),
					rs.getString(3) + "-" + rs.getString(4), this.codes.describe(rs.getString(3), rs.getString(4)),
					rs.getBigDecimal(5).setScale(2), rs.getString(6), rs.getObject(7, LocalDate.class)))
			.list();
	}

	private static String label(String sequence) {
		return switch (sequence) {
			case "S" -> "Secondary";
			case "T" -> "Tertiary";
			default -> "Primary";
		};
	}

}
