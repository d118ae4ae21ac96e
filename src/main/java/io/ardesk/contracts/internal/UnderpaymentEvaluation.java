package io.ardesk.contracts.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the underpayments of posted service lines in one set-based statement per call,
 * for the claims a posting touched or for every line of the payers whose schedule
 * changed. The old findings of those claims or payers are replaced.
 * <p>
 * Only each payer's latest adjudication of a claim counts: held, unmatched and dismissed
 * payments, reversals (CLP02=22) and the payments they reversed are left out. A claim
 * denied outright (CLP02=4, outcome DENIED) or a line paid nothing with a denial
 * adjustment is a denial, never an underpayment. Allowed is the line's payment plus its
 * PR adjustments; expected is the schedule amount for the line's payer, procedure,
 * modifier and date of service times its units (SVC05, one when absent), a row for one of
 * the line's modifiers winning over the row without.
 */
@Component
class UnderpaymentEvaluation {

	private static final String EVALUATE = """
			with latest as (
			  select distinct on (cp.claim_id, r.payer_id) cp.id, cp.claim_id, r.payer_id, cp.status_code, cp.outcome,
			    coalesce(r.payment_date, :today) as paid_on
			  from claim_payment cp join remittance r on r.id = cp.remittance_id
			  where cp.claim_id is not null and cp.reversed_by_id is null and cp.status_code <> '22'
			    and cp.outcome not in ('HELD', 'UNMATCHED', 'DISMISSED', 'REVERSAL') and %s
			  order by cp.claim_id, r.payer_id, cp.id desc
			), line as (
			  select l.claim_id, l.id as payment_id, sp.line_number, l.payer_id, sp.procedure_code, sp.modifiers,
			    coalesce(sp.service_date, c.service_date_from) as service_date, l.paid_on,
			    coalesce(sp.units, 1) as units,
			    sp.paid + coalesce((select sum(a.amount) from claim_adjustment a where a.claim_payment_id = l.id
			      and a.line_number = sp.line_number and a.group_code = 'PR'), 0) as allowed
			  from latest l
			  join service_payment sp on sp.claim_payment_id = l.id
			  join claim c on c.id = l.claim_id
			  where l.status_code <> '4' and l.outcome <> 'DENIED'
			    and not (sp.paid = 0 and exists (select 1 from claim_adjustment a where a.claim_payment_id = l.id
			      and (a.line_number = sp.line_number or a.line_number is null)
			      and a.adjustment_class = 'DENIAL' and a.amount > 0))
			), priced as (
			  select line.*, f.id as fee_schedule_id, round(f.allowed_amount * line.units, 2) as expected
			  from line
			  join lateral (
			    select f.id, f.allowed_amount from fee_schedule f
			    where f.payer_id = line.payer_id and f.procedure_code = line.procedure_code
			      and (f.modifier is null or f.modifier = any(string_to_array(line.modifiers, ':')))
			      and line.service_date >= f.effective_from
			      and (f.effective_to is null or line.service_date <= f.effective_to)
			    order by (f.modifier is null), array_position(string_to_array(line.modifiers, ':'), f.modifier)
			    limit 1
			  ) f on true
			)
			insert into underpayment (claim_id, claim_payment_id, line_number, payer_id, procedure_code, modifiers,
			  service_date, paid_on, units, fee_schedule_id, expected, allowed, variance)
			select claim_id, payment_id, line_number, payer_id, procedure_code, modifiers, service_date, paid_on,
			  units, fee_schedule_id, expected, allowed, expected - allowed
			from priced where allowed < expected - :tolerance
			""";

	private static final String ANY_ID = "any(string_to_array(:ids, ',')::bigint[])";

	private final JdbcClient jdbc;

	UnderpaymentEvaluation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One text parameter whatever the number of ids (a list would be one per id). */
	private static String ids(Collection<Long> ids) {
		StringBuilder text = new StringBuilder();
		for (Long id : ids) {
			text.append((text.length() > 0) ? "," : "").append(id);
		}
		return text.toString();
	}

	/** Re-evaluates every posted line of these claims. */
	int claims(Collection<Long> claimIds, BigDecimal tolerance, LocalDate today) {
		if (claimIds.isEmpty()) {
			return 0;
		}
		String ids = ids(claimIds);
		this.jdbc.sql("delete from underpayment where claim_id = " + ANY_ID).param("ids", ids).update();
		return this.jdbc.sql(EVALUATE.formatted("cp.claim_id = " + ANY_ID))
			.param("ids", ids)
			.param("today", Date.valueOf(today))
			.param("tolerance", tolerance)
			.update();
	}

	/** Re-evaluates every posted line these payers paid. */
	int payers(Collection<Long> payerIds, BigDecimal tolerance, LocalDate today) {
		if (payerIds.isEmpty()) {
			return 0;
		}
		String ids = ids(payerIds);
		this.jdbc.sql("delete from underpayment where payer_id = " + ANY_ID).param("ids", ids).update();
		return this.jdbc.sql(EVALUATE.formatted("r.payer_id = " + ANY_ID))
			.param("ids", ids)
			.param("today", Date.valueOf(today))
			.param("tolerance", tolerance)
			.update();
	}

}
