package io.ardesk.secondaries.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.ardesk.secondaries.UnaddressedSecondary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the secondary rule, in the bound client's schema. A later payer's claim is
 * either the same claim number billed again as secondary (responsibility S or T) or a
 * claim of its own for the same patient and date of service; either counts as billed.
 * Reversed payments and reversals do not count.
 */
@Component
class SecondaryQuery {

	private final JdbcClient jdbc;

	SecondaryQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UnaddressedSecondary> unaddressed(LocalDate today, int afterDays) {
		return this.jdbc.sql("""
				with primary_share as (
				  select cp.claim_id, max(coalesce(r.payment_date, c.last_adjudicated_on)) as adjudicated_on,
				         sum(cp.patient_responsibility) as patient_share
				  from claim_payment cp
				  join remittance r on r.id = cp.remittance_id
				  join claim c on c.id = cp.claim_id
				  where cp.payer_sequence = 'P' and cp.reversed_by_id is null and cp.status_code <> '22'
				    and coalesce(cp.patient_responsibility, 0) > 0
				  group by cp.claim_id
				)
				select c.id, c.claim_number, p.name as primary_payer, sp.name as secondary_payer,
				       c.service_date_from, ps.adjudicated_on, ps.patient_share, c.insurance_balance
				from primary_share ps
				join claim c on c.id = ps.claim_id
				join payer p on p.id = c.payer_id
				join claim_other_payer o on o.claim_id = c.id and o.sequence = 'S'
				left join payer sp on sp.id = o.payer_id
				where c.responsibility = 'P' and not c.crossover and c.status <> 'VOIDED'
				  and ps.adjudicated_on <= :cutoff
				  and not exists (select 1 from claim_payment x where x.claim_id = c.id and x.reversed_by_id is null
				                  and (x.payer_sequence in ('S', 'T') or x.status_code in ('19', '20', '21')))
				  and not exists (select 1 from claim s where s.id <> c.id and s.patient_id = c.patient_id
				                  and s.service_date_from = c.service_date_from and s.responsibility in ('S', 'T'))
				  and not exists (select 1 from appeal a where a.claim_id = c.id and a.status = 'OPEN')
				order by ps.adjudicated_on, c.claim_number
				""").param("cutoff", today.minusDays(afterDays)).query((rs, n) -> {
			LocalDate adjudicated = rs.getObject("adjudicated_on", LocalDate.class);
			return new UnaddressedSecondary(rs.getLong("id"), rs.getString("claim_number"),
					rs.getString("primary_payer"), rs.getString("secondary_payer"),
					rs.getObject("service_date_from", LocalDate.class), adjudicated, rs.getBigDecimal("patient_share"),
					rs.getBigDecimal("insurance_balance"), (int) ChronoUnit.DAYS.between(adjudicated, today));
		}).list();
	}

}
