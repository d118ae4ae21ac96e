package io.ardesk.remittance.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.remittance.PostingExceptionKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes posting exceptions: claim payments held back for a person. */
@Component
class PostingExceptionRows {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PostingExceptionRows(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record NewException(long claimPaymentId, @Nullable Long claimId, PostingExceptionKind kind, String problem,
			@Nullable BigDecimal difference) {
	}

	void insert(List<NewException> exceptions) {
		if (exceptions.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>();
		for (NewException exception : exceptions) {
			String problem = exception.problem();
			rows.add(new Object[] { exception.claimPaymentId(), exception.claimId(), exception.kind().name(),
					(problem.length() > 1000) ? problem.substring(0, 997) + "..." : problem, exception.difference(),
					now });
		}
		this.jdbc.batchUpdate("insert into posting_exception (claim_payment_id, claim_id, kind, problem, difference, "
				+ "status, created_at) values (?, ?, ?, ?, ?, 'OPEN', ?)", rows);
	}

}
