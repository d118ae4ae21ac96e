package io.ardesk.trends;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.test.BenchmarkFirm;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A generated ledger with what the trend rules look for, in the bound client's schema.
 * Claim g (of {@link BenchmarkFirm#openClaims}, payer {@code g % 8}) draws a number u
 * from 0 to 999 (a hash of g and the client's salt, so that clients differ). It is
 * adjudicated 30 days after submission, on one 835 per payer and day, when u &lt; 700:
 * denied when u &lt; 100 (CO-16, 50, 29, 197, 96 or 18 by u, on procedure 99213, 99214 or
 * 99203: a base rate of 10 % spread over some fifty payer + reason patterns), else paid
 * 70 % with CO-45. With a {@code surge}, payer 1 denies for authorization (CO-197,
 * procedure 93306) every claim it would have paid in the last 30 days, raising the
 * authorization rate. Paid 99214 lines of payer 3 (with a surge) and one in seven 99203
 * lines of payer 5 are underpaid; CO-16 denials and the surge's got a document request to
 * the practice, open for those of the last 90 days. Balances are their journal's sums;
 * nothing is dated before the claim opened.
 */
final class TrendLedger {

	private TrendLedger() {
	}

	static void seed(JdbcClient jdbc, int claims, LocalDate today, boolean surge, int salt) {
		BenchmarkFirm.openClaims(jdbc, claims, today.minusDays(2), List.of("Main St", "North Clinic", "Lakeside"));
		jdbc.sql("""
				create temp table adjudicated on commit drop as
				select c.id as claim_id, c.claim_number, c.payer_id, c.billed, c.submitted_on + 30 as paid_on,
				  (s.denied or s.surged) as denied, s.surged,
				  case when s.surged then '197' when s.denied
				    then (array['16', '50', '29', '197', '96', '18'])[s.u % 6 + 1] else '45' end as carc,
				  case when s.surged then '93306' else (array['99213', '99214', '99203'])[s.u / 7 % 3 + 1] end
				    as procedure,
				  s.g, s.u
				from claim c
				cross join lateral (select cast(substr(c.claim_number, 3) as int) as g) n
				cross join lateral (select abs(hashint4(n.g + :salt)) % 1000 as u) h
				cross join lateral (select n.g, h.u, h.u < 100 as denied,
				  :surge and n.g % 8 = 1 and h.u >= 100 and c.submitted_on + 30 > cast(:today as date) - 30 as surged) s
				where s.u < 700 and c.submitted_on + 30 <= :today""")
			.param("surge", surge)
			.param("salt", salt)
			.param("today", Date.valueOf(today))
			.update();
		jdbc.sql("""
				insert into import_batch (file_name, content_hash, file_type, status, imported_by, imported_at)
				values ('bench.835', md5(current_schema()), '835', 'POSTED', 'bench', now())""").update();
		jdbc.sql("""
				insert into remittance (payer_id, trace_number, payment_date, amount, method, import_batch_id, position)
				select payer_id, 'TRN' || payer_id || '-' || paid_on, paid_on,
				  sum(case when denied then 0 else round(billed * 0.7, 2) end), 'ACH',
				  (select max(id) from import_batch), row_number() over (order by paid_on, payer_id)
				from adjudicated group by payer_id, paid_on""").update();
		jdbc.sql(
				"""
						insert into claim_payment (remittance_id, claim_id, patient_control_number, status_code, charge, paid,
						  patient_responsibility, outcome, position, payer_sequence)
						select r.id, a.claim_id, a.claim_number, case when a.denied then '4' else '1' end, a.billed,
						  case when a.denied then 0 else round(a.billed * 0.7, 2) end, 0,
						  case when a.denied then 'DENIED' else 'PAID' end, row_number() over (partition by r.id order by a.claim_id),
						  'P'
						from adjudicated a join remittance r on r.payer_id = a.payer_id and r.payment_date = a.paid_on""")
			.update();
		jdbc.sql("""
				insert into claim_adjustment (claim_payment_id, line_number, procedure_code, group_code, reason_code,
				  amount, adjustment_class)
				select cp.id, 1, a.procedure, 'CO', a.carc,
				  case when a.denied then a.billed else a.billed - round(a.billed * 0.7, 2) end,
				  case when a.denied then 'DENIAL' else 'CONTRACTUAL' end
				from adjudicated a join claim_payment cp on cp.claim_id = a.claim_id""").update();
		jdbc.sql("""
				insert into claim_journal (claim_id, effective_date, recorded_at, kind, actor, import_batch_id,
				  claim_payment_id, billed, payer_paid, patient_paid, contractual, other_adjusted, written_off,
				  insurance_balance, patient_balance, denied_open, awaiting_next_payer)
				select a.claim_id, a.paid_on, a.paid_on, 'ADJUDICATION', 'bench', (select max(id) from import_batch),
				  cp.id, 0, case when a.denied then 0 else round(a.billed * 0.7, 2) end, 0,
				  case when a.denied then 0 else a.billed - round(a.billed * 0.7, 2) end, 0, 0,
				  case when a.denied then 0 else -a.billed end, 0, case when a.denied then a.billed else 0 end, 0
				from adjudicated a join claim_payment cp on cp.claim_id = a.claim_id""").update();
		// The claims' balances are their journal's sums, as the ledger keeps them.
		jdbc.sql("""
				update claim c set payer_paid = j.payer_paid, contractual = j.contractual,
				  insurance_balance = j.insurance_balance, denied_open = j.denied_open, last_adjudicated_on = a.paid_on,
				  status = case when a.denied then 'DENIED' else 'PAID' end,
				  denial_reason = case when a.denied then a.carc end,
				  denial_category = case when not a.denied then null when a.carc = '197' then 'AUTHORIZATION'
				    when a.carc = '16' then 'MISSING_INFORMATION' when a.carc = '50' then 'MEDICAL_NECESSITY'
				    when a.carc = '29' then 'TIMELY_FILING' when a.carc = '96' then 'ELIGIBILITY' else 'DUPLICATE' end
				from adjudicated a, (select claim_id, sum(payer_paid) as payer_paid, sum(contractual) as contractual,
				  sum(insurance_balance) as insurance_balance, sum(denied_open) as denied_open
				  from claim_journal group by claim_id) j
				where a.claim_id = c.id and j.claim_id = c.id""").update();
		jdbc.sql("""
				insert into fee_schedule (payer_id, procedure_code, allowed_amount, effective_from)
				select p.id, x.code, 250.00, date '2020-01-01'
				from payer p cross join (values ('99213'), ('99214'), ('99203')) x(code)""").update();
		// Underpaid lines, as posting's evaluation leaves them (the schedule above is not
		// what it priced them with: the rule reads only these rows).
		jdbc.sql(
				"""
						insert into underpayment (claim_id, claim_payment_id, line_number, payer_id, procedure_code,
						  service_date, paid_on, units, fee_schedule_id, expected, allowed, variance)
						select a.claim_id, cp.id, 1, a.payer_id, a.procedure, c.service_date_from, a.paid_on, 1,
						  (select min(f.id) from fee_schedule f where f.payer_id = a.payer_id and f.procedure_code = a.procedure),
						  cp.paid + u.variance, cp.paid, u.variance
						from adjudicated a join claim_payment cp on cp.claim_id = a.claim_id join claim c on c.id = a.claim_id
						cross join lateral (select case when a.g % 8 = 3 and a.procedure = '99214' then 12.40 else 3.10 end
						  as variance) u
						where not a.denied and ((:surge and a.g % 8 = 3 and a.procedure = '99214')
						  or (a.g % 8 = 5 and a.procedure = '99203' and a.u % 7 = 0))""")
			.param("surge", surge)
			.update();
		jdbc.sql("""
				insert into document_request (claim_id, requested_by, requested_at, what_is_needed, due_date, status,
				  answer, answered_by, answered_at)
				select a.claim_id, 'bench', (a.paid_on + time '10:00') at time zone 'America/Chicago',
				  case when a.carc = '197' then 'Authorization number for the visit' else 'Visit notes' end,
				  a.paid_on + 14, case when a.paid_on > cast(:today as date) - 90 then 'OPEN' else 'ANSWERED' end,
				  case when a.paid_on > cast(:today as date) - 90 then null else 'Sent' end,
				  case when a.paid_on > cast(:today as date) - 90 then null else 'practice' end,
				  case when a.paid_on > cast(:today as date) - 90 then null
				    else (a.paid_on + 10 + time '10:00') at time zone 'America/Chicago' end
				from adjudicated a where (a.denied and a.carc = '16') or a.surged""")
			.param("today", Date.valueOf(today))
			.update();
		// Only this client's filled tables: a bare "analyze" covers every schema.
		jdbc.sql("analyze payer, patient, claim, claim_journal, remittance, claim_payment, claim_adjustment, "
				+ "underpayment, document_request, fee_schedule")
			.update();
	}

	static Map<String, Long> counts(JdbcClient jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("claim", "claim_journal", "remittance", "claim_payment", "claim_adjustment",
				"underpayment", "document_request")) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		counts.put("denials",
				jdbc.sql("select count(*) from claim_adjustment where adjustment_class = 'DENIAL'")
					.query(Long.class)
					.single());
		return counts;
	}

}
