package io.ardesk.claims.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.PayerCategory;
import io.ardesk.claims.PayerRef;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.codes.RemarkCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One claim with its lines, payments and history. Payments come from the remittance
 * module's tables: they are read here as a read model so that a claim can be shown in one
 * query set.
 */
@Component
class ClaimDetailQuery {

	private final JdbcClient jdbc;

	private final ReasonCodeCatalog codes;

	private final PayerSharesQuery shares;

	ClaimDetailQuery(JdbcClient jdbc, ReasonCodeCatalog codes, PayerSharesQuery shares) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.shares = shares;
	}

	List<PayerRef> payers() {
		return this.jdbc.sql("select id, name, external_id, category from payer order by name")
			.query((rs, row) -> new PayerRef(rs.getLong("id"), rs.getString("name"), rs.getString("external_id"),
					PayerCategory.valueOf(rs.getString("category"))))
			.list();
	}

	Optional<ClaimDetail> find(String claimNumber) {
		return this.jdbc
			.sql("select c.*, p.name as payer_name, p.external_id, p.category, " + ClaimDeadlineSql.DATE
					+ " as deadline, " + ClaimDeadlineSql.KIND + " as deadline_kind, "
					+ "pt.last_name || coalesce(', ' || pt.first_name, '') as patient_name, pt.account_number "
					+ "from claim c join payer p on p.id = c.payer_id join patient pt on pt.id = c.patient_id "
					+ "where c.claim_number = ?")
			.param(claimNumber)
			.query((rs, row) -> {
				long id = rs.getLong("id");
				return new ClaimDetail(id, rs.getString("claim_number"), rs.getString("payer_claim_number"),
						ClaimStatus.valueOf(rs.getString("status")),
						new PayerRef(rs.getLong("payer_id"), rs.getString("payer_name"), rs.getString("external_id"),
								PayerCategory.valueOf(rs.getString("category"))),
						rs.getString("responsibility"), rs.getString("patient_name"), rs.getString("account_number"),
						rs.getString("billing_npi"), rs.getString("rendering_npi"), rs.getString("location"),
						rs.getDate("service_date_from").toLocalDate(), rs.getDate("service_date_to").toLocalDate(),
						(rs.getDate("submitted_on") != null) ? rs.getDate("submitted_on").toLocalDate() : null,
						rs.getString("frequency_code"), rs.getBigDecimal("billed"), rs.getBigDecimal("payer_paid"),
						rs.getBigDecimal("patient_paid"), rs.getBigDecimal("contractual"),
						rs.getBigDecimal("other_adjusted"), rs.getBigDecimal("written_off"),
						rs.getBigDecimal("denied_open"), rs.getBigDecimal("insurance_balance"),
						rs.getBigDecimal("patient_balance"), rs.getString("denial_category"), rs.getLong("version"),
						List.of(), List.of(), List.of(),
						(rs.getDate("deadline") != null) ? rs.getDate("deadline").toLocalDate() : null,
						rs.getString("deadline_kind"), rs.getBigDecimal("awaiting_next_payer"), List.of(), List.of());
			})
			.optional()
			.map((claim) -> new ClaimDetail(claim.id(), claim.claimNumber(), claim.payerClaimNumber(), claim.status(),
					claim.payer(), claim.responsibility(), claim.patientName(), claim.patientAccount(),
					claim.billingNpi(), claim.renderingNpi(), claim.location(), claim.serviceDateFrom(),
					claim.serviceDateTo(), claim.submittedOn(), claim.frequencyCode(), claim.billed(),
					claim.payerPaid(), claim.patientPaid(), claim.contractual(), claim.otherAdjusted(),
					claim.writtenOff(), claim.deniedOpen(), claim.insuranceBalance(), claim.patientBalance(),
					claim.denialCategory(), claim.version(), lines(claim.id()), payments(claim.id()),
					history(claim.id()), claim.deadline(), claim.deadlineKind(), claim.awaitingNextPayer(),
					this.shares.of(claim), this.shares.openDenials(claim)));
	}

	private List<ClaimDetail.Line> lines(long claimId) {
		return this.jdbc.sql("select * from claim_line where claim_id = ? order by line_number")
			.param(claimId)
			.query((rs, row) -> new ClaimDetail.Line(rs.getInt("line_number"), rs.getString("procedure_code"),
					rs.getString("modifiers"), rs.getString("revenue_code"), rs.getBigDecimal("units"),
					rs.getBigDecimal("charge"),
					(rs.getDate("service_date_from") != null) ? rs.getDate("service_date_from").toLocalDate() : null))
			.list();
	}

	private List<ClaimDetail.Payment> payments(long claimId) {
		Map<Long, List<ClaimDetail.Adjustment>> adjustments = new HashMap<>();
		this.jdbc
			.sql("select a.* from claim_adjustment a join claim_payment cp on cp.id = a.claim_payment_id "
					+ "where cp.claim_id = ? order by a.id")
			.param(claimId)
			.query((rs, row) -> adjustments.computeIfAbsent(rs.getLong("claim_payment_id"), (k) -> new ArrayList<>())
				.add(new ClaimDetail.Adjustment((Integer) rs.getObject("line_number"), rs.getString("group_code"),
						rs.getString("reason_code"), rs.getBigDecimal("amount"), rs.getString("adjustment_class"),
						this.codes.describe(rs.getString("group_code"), rs.getString("reason_code")))))
			.list();
		Map<Long, List<ClaimDetail.Remark>> remarks = new HashMap<>();
		this.jdbc
			.sql("select r.* from remark r join claim_payment cp on cp.id = r.claim_payment_id "
					+ "where cp.claim_id = ? order by r.id")
			.param(claimId)
			.query((rs, row) -> remarks.computeIfAbsent(rs.getLong("claim_payment_id"), (k) -> new ArrayList<>())
				.add(new ClaimDetail.Remark(rs.getString("code"),
						this.codes.rarc(rs.getString("code"))
							.map(RemarkCode::description)
							.orElse("Remark code " + rs.getString("code")))))
			.list();
		return this.jdbc
			.sql("select cp.*, r.trace_number, r.payment_date, p.name as payer_name from claim_payment cp "
					+ "join remittance r on r.id = cp.remittance_id join payer p on p.id = r.payer_id "
					+ "where cp.claim_id = ? order by cp.id")
			.param(claimId)
			.query((rs, row) -> new ClaimDetail.Payment(rs.getLong("id"), rs.getString("payer_name"),
					rs.getString("trace_number"),
					(rs.getDate("payment_date") != null) ? rs.getDate("payment_date").toLocalDate() : null,
					rs.getString("status_code"), ClaimPaymentStatus.label(rs.getString("status_code")),
					rs.getBigDecimal("charge"), rs.getBigDecimal("paid"), rs.getBigDecimal("patient_responsibility"),
					adjustments.getOrDefault(rs.getLong("id"), List.of()),
					remarks.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private List<ClaimDetail.HistoryEntry> history(long claimId) {
		return this.jdbc.sql("select * from claim_event where claim_id = ? order by occurred_at desc, id desc")
			.param(claimId)
			.query((rs, row) -> new ClaimDetail.HistoryEntry(rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("kind"), rs.getString("description")))
			.list();
	}

}
