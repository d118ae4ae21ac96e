package io.ardesk.trends.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.ardesk.tenancy.TrendRules;
import io.ardesk.trends.TrendIssueKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At least {@code documentWaits} claims with a document request to the practice open for
 * more than {@code documentWaitDays}: one pattern per client (the practice). Reads the
 * work queue's document requests through SQL, as the queue is a module above this one.
 */
@Component
class DocumentWaitsRule {

	private final JdbcClient jdbc;

	DocumentWaitsRule(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Hit> detect(Instant now, ZoneId zone, TrendRules rules) {
		List<Hit.Claim> claims = this.jdbc.sql("""
				select d.claim_id, min(d.requested_at) as since, min(c.insurance_balance) as balance
				from document_request d join claim c on c.id = d.claim_id
				where d.status = 'OPEN' and d.requested_at < :cutoff
				group by d.claim_id order by since
				""")
			.param("cutoff", Timestamp.from(now.minus(rules.documentWaitDays(), ChronoUnit.DAYS)))
			.query((rs, n) -> new Hit.Claim(rs.getLong("claim_id"),
					LocalDate.ofInstant(rs.getTimestamp("since").toInstant(), zone), rs.getBigDecimal("balance"),
					"documents requested"))
			.list();
		if (claims.size() < rules.documentWaits()) {
			return List.of();
		}
		return List.of(new Hit(
				TrendIssueKind.DOCUMENT_WAITS, "DOCUMENT_WAITS", claims.size() + " claims have waited more than "
						+ rules.documentWaitDays() + " days for documents from the practice",
				rules.documentWaits(), claims));
	}

}
