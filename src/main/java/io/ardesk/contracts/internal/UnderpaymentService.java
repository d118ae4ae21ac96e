package io.ardesk.contracts.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.ardesk.contracts.Underpayment;
import io.ardesk.contracts.Underpayments;
import io.ardesk.remittance.RemittancePosted;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The underpayment worklist, kept current at posting: a posting's claims are re-evaluated
 * inside its transaction, so the worklist never disagrees with the ledger.
 */
@Service
class UnderpaymentService implements Underpayments {

	private final UnderpaymentEvaluation evaluation;

	private final ClientTerms terms;

	private final ClientAccess access;

	private final JdbcClient jdbc;

	UnderpaymentService(UnderpaymentEvaluation evaluation, ClientTerms terms, ClientAccess access, JdbcClient jdbc) {
		this.evaluation = evaluation;
		this.terms = terms;
		this.access = access;
		this.jdbc = jdbc;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<Underpayment> list(ClientId client, @Nullable LocalDate paidFrom) {
		requireStaff(this.access);
		return this.jdbc.sql("""
				select u.claim_id, c.claim_number, u.line_number, u.procedure_code, u.modifiers, p.name,
				  coalesce(p.external_id, '') as external_id, u.service_date, u.paid_on, u.expected, u.allowed,
				  u.variance
				from underpayment u join claim c on c.id = u.claim_id join payer p on p.id = u.payer_id
				where u.paid_on >= coalesce(:from, date '1900-01-01')
				order by u.variance desc, c.claim_number, u.line_number
				""")
			.param("from", (paidFrom != null) ? java.sql.Date.valueOf(paidFrom) : null, java.sql.Types.DATE)
			.query((rs, n) -> new Underpayment(rs.getLong("claim_id"), rs.getString("claim_number"),
					rs.getInt("line_number"), rs.getString("procedure_code"), rs.getString("modifiers"),
					rs.getString("name"), rs.getString("external_id"), rs.getObject("service_date", LocalDate.class),
					rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("expected"), rs.getBigDecimal("allowed"),
					rs.getBigDecimal("variance")))
			.list();
	}

	/** Runs in the posting's transaction, with its client bound. */
	@EventListener
	void onRemittancePosted(RemittancePosted event) {
		this.evaluation.claims(event.claimIds(), this.terms.tolerance(event.client()),
				this.terms.today(event.client()));
	}

	/** Re-evaluates what these payers already paid, after their schedule changed. */
	int reevaluate(ClientId client, Collection<Long> payerIds) {
		return this.evaluation.payers(payerIds, this.terms.tolerance(client), this.terms.today(client));
	}

	long count() {
		return this.jdbc.sql("select count(*) from underpayment").query(Long.class).single();
	}

	/** Firm staff only: the worklist is firm-internal, not for the practice's viewers. */
	static void requireStaff(ClientAccess access) {
		// No user: the portal itself (a job), which the client scope check already let
		// in.
		if (access.currentUser().map((user) -> !user.role().isStaff()).orElse(false)) {
			throw new ClientAccessDeniedException("Only the firm's staff see underpayments and fee schedules");
		}
	}

}
