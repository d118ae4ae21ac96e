package io.ardesk.remittance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.Adjudication;
import io.ardesk.claims.ClaimPostings;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.codes.AdjustmentClass;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.remittance.UnmatchedPayments;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts a formerly unmatched claim payment from what its remittance recorded: the same
 * amounts, sorted by the adjustment classes stored with them, as if it had matched on
 * import.
 */
@Service
class UnmatchedPaymentService implements UnmatchedPayments {

	private final JdbcTemplate jdbc;

	private final ClaimPostings claims;

	private final ReasonCodeCatalog codes;

	private final ClientAccess access;

	private final Clock clock;

	UnmatchedPaymentService(JdbcTemplate jdbc, ClaimPostings claims, ReasonCodeCatalog codes, ClientAccess access,
			Clock clock) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.codes = codes;
		this.access = access;
		this.clock = clock;
	}

	private record Unmatched(long id, String statusCode, BigDecimal paid, String payerClaimNumber, long payerId,
			String payerName, String traceNumber, LocalDate paymentDate, long importBatchId) {
	}

	@Override
	@ChangesClient
	@Transactional
	public void match(ClientId client, long paymentId, String claimNumber) {
		Unmatched payment = load(paymentId);
		Long claimId = this.claims.match(client, List.of(claimNumber), List.of()).find(claimNumber, null);
		if (claimId == null) {
			throw new io.ardesk.shared.problem.RuleViolationException("claimNumber",
					"No claim " + claimNumber + " for this client.");
		}
		BigDecimal contractual = BigDecimal.ZERO;
		BigDecimal other = BigDecimal.ZERO;
		BigDecimal patient = BigDecimal.ZERO;
		BigDecimal denied = BigDecimal.ZERO;
		String denialReason = null;
		String denialCategory = null;
		for (var row : this.jdbc.queryForList("select group_code, reason_code, amount, adjustment_class "
				+ "from claim_adjustment where claim_payment_id = ? order by id", paymentId)) {
			BigDecimal amount = (BigDecimal) row.get("amount");
			switch (AdjustmentClass.valueOf((String) row.get("adjustment_class"))) {
				case CONTRACTUAL -> contractual = contractual.add(amount);
				case OTHER_REDUCTION -> other = other.add(amount);
				case PATIENT_RESPONSIBILITY -> patient = patient.add(amount);
				case DENIAL -> {
					denied = denied.add(amount);
					if (denialReason == null && amount.signum() > 0) {
						denialReason = row.get("group_code") + "-" + row.get("reason_code");
						denialCategory = this.codes
							.category((String) row.get("group_code"), (String) row.get("reason_code"))
							.name();
					}
				}
				case PRIOR_PAYER -> {
					// information only, as when posted on import
				}
			}
		}
		String actor = actor();
		String summary = "Unmatched payment from " + payment.payerName() + " (trace " + payment.traceNumber()
				+ ", CLP02 " + payment.statusCode() + ") matched to this claim by " + actor + ": paid "
				+ Formats.money(payment.paid());
		this.claims.apply(client,
				List.of(new Adjudication(claimId, payment.statusCode(), payment.payerId(), payment.payerClaimNumber(),
						payment.paid(), contractual, other, patient, denied, denialCategory, denialReason,
						(payment.paymentDate() != null) ? payment.paymentDate() : LocalDate.now(this.clock), summary)),
				new ImportOrigin(payment.importBatchId(), "unmatched payment " + paymentId, actor));
		this.jdbc.update(
				"update claim_payment set claim_id = ?, outcome = 'MATCHED_LATER', resolved_at = now(), "
						+ "resolved_by = ?, resolution_note = ? where id = ?",
				claimId, actor, "Matched to claim " + claimNumber, paymentId);
	}

	@Override
	@ChangesClient
	@Transactional
	public void dismiss(ClientId client, long paymentId, String reason) {
		String why = io.ardesk.shared.problem.Inputs.required(reason, "reason", "The reason", MAX_DISMISS_REASON);
		load(paymentId);
		this.jdbc.update("update claim_payment set outcome = 'DISMISSED', resolved_at = now(), resolved_by = ?, "
				+ "resolution_note = ? where id = ?", actor(), why, paymentId);
	}

	private Unmatched load(long paymentId) {
		return this.jdbc
			.query("select cp.id, cp.status_code, cp.paid, cp.payer_claim_number, r.payer_id, p.name, "
					+ "r.trace_number, r.payment_date, r.import_batch_id from claim_payment cp "
					+ "join remittance r on r.id = cp.remittance_id join payer p on p.id = r.payer_id "
					+ "where cp.id = ? and cp.claim_id is null and cp.resolved_at is null for update of cp",
					(rs, n) -> new Unmatched(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
							rs.getLong(5), rs.getString(6), rs.getString(7),
							(rs.getDate(8) != null) ? rs.getDate(8).toLocalDate() : null, rs.getLong(9)),
					paymentId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new io.ardesk.shared.problem.NotFoundException(
					"Payment " + paymentId + " is not an open unmatched payment."));
	}

	private String actor() {
		return this.access.currentUser().map(CurrentUser::username).orElse(SystemActor.NAME);
	}

}
