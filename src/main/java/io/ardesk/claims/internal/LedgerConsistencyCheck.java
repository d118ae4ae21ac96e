package io.ardesk.claims.internal;

import java.util.List;

import io.ardesk.housekeeping.ClientCheck;
import io.ardesk.shared.ui.Formats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger's part of the nightly consistency check: every claim's balances keep the
 * invariant, what is denied or awaits the next payer lies within the insurance balance,
 * the posting journal adds up to the balances and has no row dated before the claim went
 * on the books (balances as of a date rely on both), and no balance is below zero without
 * a credit balance flagged for refund review.
 */
@Component
class LedgerConsistencyCheck implements ClientCheck {

	/** Claims breaking a rule, with the rule they break. */
	static final String BROKEN = """
			select c.claim_number, case
			  when c.billed <> c.payer_paid + c.patient_paid + c.contractual + c.other_adjusted + c.written_off
			    + c.insurance_balance + c.patient_balance then 'balances do not add up to the billed amount'
			  when c.denied_open < 0 or c.denied_open > greatest(c.insurance_balance, 0)
			    or c.awaiting_next_payer < 0 or c.awaiting_next_payer > greatest(c.insurance_balance, 0)
			    then 'denied or awaiting amount outside the insurance balance'
			  when j.claim_id is null or j.billed <> c.billed or j.payer_paid <> c.payer_paid
			    or j.patient_paid <> c.patient_paid or j.contractual <> c.contractual
			    or j.other_adjusted <> c.other_adjusted or j.written_off <> c.written_off
			    or j.insurance_balance <> c.insurance_balance or j.patient_balance <> c.patient_balance
			    or j.denied_open <> c.denied_open or j.awaiting_next_payer <> c.awaiting_next_payer
			    then 'journal does not add up to the balances'
			  when j.first_date < c.opened_on then 'journal dated before the claim went on the books'
			  else 'negative balance not flagged as a credit balance' end as problem
			from claim c
			left join (select claim_id, sum(billed) as billed, sum(payer_paid) as payer_paid,
			  sum(patient_paid) as patient_paid, sum(contractual) as contractual, sum(other_adjusted) as other_adjusted,
			  sum(written_off) as written_off, sum(insurance_balance) as insurance_balance,
			  sum(patient_balance) as patient_balance, sum(denied_open) as denied_open,
			  sum(awaiting_next_payer) as awaiting_next_payer, min(effective_date) as first_date
			  from claim_journal group by claim_id) j on j.claim_id = c.id
			where c.billed <> c.payer_paid + c.patient_paid + c.contractual + c.other_adjusted + c.written_off
			    + c.insurance_balance + c.patient_balance
			  or c.denied_open < 0 or c.denied_open > greatest(c.insurance_balance, 0)
			  or c.awaiting_next_payer < 0 or c.awaiting_next_payer > greatest(c.insurance_balance, 0)
			  or j.claim_id is null or j.billed <> c.billed or j.payer_paid <> c.payer_paid
			  or j.patient_paid <> c.patient_paid or j.contractual <> c.contractual
			  or j.other_adjusted <> c.other_adjusted or j.written_off <> c.written_off
			  or j.insurance_balance <> c.insurance_balance or j.patient_balance <> c.patient_balance
			  or j.denied_open <> c.denied_open or j.awaiting_next_payer <> c.awaiting_next_payer
			  or j.first_date < c.opened_on
			  or (c.insurance_balance < 0 and not exists (select 1 from credit_balance f where f.claim_id = c.id
			    and f.owed_to = 'INSURANCE' and f.status = 'OPEN'))
			  or (c.patient_balance < 0 and not exists (select 1 from credit_balance f where f.claim_id = c.id
			    and f.owed_to = 'PATIENT' and f.status = 'OPEN'))
			order by c.claim_number
			""";

	private final JdbcClient jdbc;

	LedgerConsistencyCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Problem(String claimNumber, String problem) {
	}

	/** Every claim breaking a rule of the ledger, in claim-number order. */
	List<Problem> problems() {
		return this.jdbc.sql(BROKEN).query((rs, n) -> new Problem(rs.getString(1), rs.getString(2))).list();
	}

	@Override
	public Result check() {
		long claims = this.jdbc.sql("select count(*) from claim").query(Long.class).single();
		List<Problem> problems = problems();
		if (problems.isEmpty()) {
			return new Result("Ledger", (int) claims, 0, Formats.count(claims)
					+ " claims: balances add up, the journal adds up to them, every negative balance is flagged");
		}
		String examples = String.join("; ",
				problems.stream().limit(5).map((p) -> "claim " + p.claimNumber() + ": " + p.problem()).toList());
		return new Result("Ledger", (int) claims, problems.size(),
				problems.size() + " of " + Formats.count(claims) + " claims break the ledger rules (" + examples + ")");
	}

}
