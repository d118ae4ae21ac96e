package io.ardesk.claims.internal;

/**
 * A claim's deadline in SQL, for lists: a denied claim must be appealed within the
 * payer's appeal window from the remittance; a claim the payer never adjudicated must be
 * filed within the timely-filing window from the date of service. The work queue applies
 * the same rule when it scores claims.
 */
final class ClaimDeadlineSql {

	static final String DATE = "(case when c.status = 'DENIED' and c.last_adjudicated_on is not null "
			+ "then c.last_adjudicated_on + p.appeal_days when c.status in ('SUBMITTED', 'IN_PROCESS') "
			+ "then c.service_date_from + p.timely_filing_days end)";

	static final String KIND = "(case when c.status = 'DENIED' and c.last_adjudicated_on is not null "
			+ "then 'APPEAL' when c.status in ('SUBMITTED', 'IN_PROCESS') then 'TIMELY_FILING' end)";

	private ClaimDeadlineSql() {
	}

}
