package io.ardesk.dashboards.internal;

import io.ardesk.aging.AgingBucket;
import io.ardesk.tenancy.AgingBasis;

/**
 * SQL fragments shared by the dashboard queries, built only from enum constants, never
 * from request values.
 */
final class DashboardSql {

	/** Journal kinds that move money in: dated payments (and their reversals). */
	static final String PAYMENT_KINDS = "('ADJUDICATION', 'REVERSAL', 'PATIENT_PAYMENT', 'EXCEPTION_RESOLUTION', "
			+ "'REFUND')";

	/** Claims the firm had worked before the journal row {@code j} was recorded. */
	static final String WORKED_BEFORE = """
			(exists (select 1 from follow_up f where f.claim_id = j.claim_id and f.logged_at < j.recorded_at)
			 or exists (select 1 from appeal a where a.claim_id = j.claim_id and a.created_at < j.recorded_at)
			 or exists (select 1 from document_request d where d.claim_id = j.claim_id
			            and d.requested_at < j.recorded_at))""";

	private DashboardSql() {
	}

	/** The date a claim's age counts from, as aging counts it. */
	static String basisDate(AgingBasis basis) {
		return switch (basis) {
			case DATE_OF_SERVICE -> "c.service_date_from";
			case SUBMISSION_DATE -> "coalesce(c.submitted_on, c.service_date_from)";
		};
	}

	/** The {@link AgingBucket} name of an age in days given as an SQL expression. */
	static String bucketOf(String age) {
		StringBuilder sql = new StringBuilder("case");
		for (AgingBucket bucket : AgingBucket.values()) {
			if (bucket.toDays() != Integer.MAX_VALUE) {
				sql.append(" when ")
					.append(age)
					.append(" <= ")
					.append(bucket.toDays())
					.append(" then '")
					.append(bucket.name())
					.append("'");
			}
		}
		return sql.append(" else '").append(AgingBucket.B120_PLUS.name()).append("' end").toString();
	}

}
