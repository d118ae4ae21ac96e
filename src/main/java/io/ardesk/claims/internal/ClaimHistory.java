package io.ardesk.claims.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.jdbc.BulkCopy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the history of claims: who or which import changed what, and when. */
@Component
class ClaimHistory {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ClaimHistory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Batch batch(String actor, @Nullable Long importBatchId) {
		return new Batch(actor, importBatchId);
	}

	final class Batch {

		private final String actor;

		private final @Nullable Long importBatchId;

		private final List<Object[]> rows = new ArrayList<>();

		private Batch(String actor, @Nullable Long importBatchId) {
			this.actor = actor;
			this.importBatchId = importBatchId;
		}

		void add(long claimId, String kind, String description) {
			this.rows.add(new Object[] { claimId, Timestamp.from(ClaimHistory.this.clock.instant()), this.actor,
					this.importBatchId, kind, truncate(description) });
		}

		void write() {
			BulkCopy.copy(ClaimHistory.this.jdbc, "claim_event",
					List.of("claim_id", "occurred_at", "actor", "import_batch_id", "kind", "description"), this.rows);
			this.rows.clear();
		}

	}

	private static String truncate(String text) {
		return (text.length() > 2000) ? text.substring(0, 1997) + "..." : text;
	}

}
