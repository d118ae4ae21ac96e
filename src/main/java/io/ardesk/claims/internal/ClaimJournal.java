package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.claims.JournalKind;
import io.ardesk.shared.jdbc.BulkCopy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the dated posting journal: one row per change to a claim's balances, with the
 * signed change of every component, the date it takes effect and where it came from. The
 * rows of a claim add up to its balances; those up to a date give its balances on that
 * date.
 */
@Component
class ClaimJournal {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ClaimJournal(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Batch batch(String actor, @Nullable Long importBatchId) {
		return new Batch(actor, importBatchId);
	}

	/**
	 * What the journal recorded for a claim payment, most recent first: the change that
	 * posting made, so that a reversal can take back exactly that.
	 */
	Map<Long, BalanceChange> postedBy(List<Long> claimPaymentIds) {
		Map<Long, BalanceChange> changes = new HashMap<>();
		if (claimPaymentIds.isEmpty()) {
			return changes;
		}
		String marks = String.join(",", claimPaymentIds.stream().map((id) -> "?").toList());
		this.jdbc.query("select claim_payment_id, sum(billed), sum(payer_paid), sum(patient_paid), sum(contractual), "
				+ "sum(other_adjusted), sum(written_off), sum(insurance_balance), sum(patient_balance), "
				+ "sum(denied_open), sum(awaiting_next_payer) from claim_journal where kind in ('ADJUDICATION', "
				+ "'EXCEPTION_RESOLUTION') and claim_payment_id in (" + marks + ") group by claim_payment_id", (rs) -> {
					changes.put(rs.getLong(1),
							new BalanceChange(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
									rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
									rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11)));
				}, claimPaymentIds.toArray());
		return changes;
	}

	/** The rows of one unit of work, written together. */
	final class Batch {

		private final String actor;

		private final @Nullable Long importBatchId;

		private final List<Object[]> rows = new ArrayList<>();

		/**
		 * Changes recorded in this batch per claim payment, for reversals in the same
		 * file.
		 */
		private final Map<Long, BalanceChange> byPayment = new HashMap<>();

		private Batch(String actor, @Nullable Long importBatchId) {
			this.actor = actor;
			this.importBatchId = importBatchId;
		}

		void add(long claimId, JournalKind kind, LocalDate effectiveDate, BalanceChange change,
				@Nullable Long claimPaymentId, @Nullable String sourceRef) {
			if (change.isZero() && kind != JournalKind.OPENED && kind != JournalKind.ADJUDICATION) {
				return;
			}
			if (claimPaymentId != null) {
				this.byPayment.merge(claimPaymentId, change, ClaimJournal::sum);
			}
			this.rows.add(new Object[] { claimId, Date.valueOf(effectiveDate),
					Timestamp.from(ClaimJournal.this.clock.instant()), kind.name(), this.actor, this.importBatchId,
					claimPaymentId, sourceRef, change.billed(), change.payerPaid(), change.patientPaid(),
					change.contractual(), change.otherAdjusted(), change.writtenOff(), change.insuranceBalance(),
					change.patientBalance(), change.deniedOpen(), change.awaitingNextPayer() });
		}

		@Nullable BalanceChange recordedFor(long claimPaymentId) {
			return this.byPayment.get(claimPaymentId);
		}

		void write() {
			BulkCopy.copy(ClaimJournal.this.jdbc, "claim_journal",
					List.of("claim_id", "effective_date", "recorded_at", "kind", "actor", "import_batch_id",
							"claim_payment_id", "source_ref", "billed", "payer_paid", "patient_paid", "contractual",
							"other_adjusted", "written_off", "insurance_balance", "patient_balance", "denied_open",
							"awaiting_next_payer"),
					this.rows);
			this.rows.clear();
		}

	}

	private static BalanceChange sum(BalanceChange a, BalanceChange b) {
		return new BalanceChange(a.billed().add(b.billed()), a.payerPaid().add(b.payerPaid()),
				a.patientPaid().add(b.patientPaid()), a.contractual().add(b.contractual()),
				a.otherAdjusted().add(b.otherAdjusted()), a.writtenOff().add(b.writtenOff()),
				a.insuranceBalance().add(b.insuranceBalance()), a.patientBalance().add(b.patientBalance()),
				a.deniedOpen().add(b.deniedOpen()), a.awaitingNextPayer().add(b.awaitingNextPayer()));
	}

	static BigDecimal orZero(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
