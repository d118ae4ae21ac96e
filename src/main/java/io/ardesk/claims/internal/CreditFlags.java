package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.claims.ResponsibleParty;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the refund-review flags in step with the balances: a balance that turns negative
 * gets an open credit-balance flag saying why, a flag whose balance is no longer negative
 * is cleared. So no balance is ever negative without being listed for review.
 */
@Component
class CreditFlags {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CreditFlags(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A claim whose balances changed, with why (for a new flag). */
	record Changed(long claimId, Balances before, Balances after, String reason) {

		boolean touchesCredit() {
			return this.before.hasCredit() || this.after.hasCredit();
		}

	}

	void sync(List<Changed> changes) {
		List<Object[]> open = new ArrayList<>();
		List<Object[]> clear = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Changed change : changes) {
			if (!change.touchesCredit()) {
				continue;
			}
			sort(change, ResponsibleParty.INSURANCE, change.before().insuranceBalance(),
					change.after().insuranceBalance(), now, open, clear);
			sort(change, ResponsibleParty.PATIENT, change.before().patientBalance(), change.after().patientBalance(),
					now, open, clear);
		}
		if (!clear.isEmpty()) {
			this.jdbc.batchUpdate("update credit_balance set status = 'CLEARED', resolved_at = ?, "
					+ "note = coalesce(note, 'The balance is no longer negative') where claim_id = ? and owed_to = ? "
					+ "and status = 'OPEN'", clear);
		}
		if (!open.isEmpty()) {
			// A flag still open keeps its first reason; its amount follows the balance.
			this.jdbc.batchUpdate("insert into credit_balance (claim_id, owed_to, amount, flagged_at, reason, status) "
					+ "values (?, ?, ?, ?, ?, 'OPEN') on conflict (claim_id, owed_to) where status = 'OPEN' "
					+ "do update set amount = excluded.amount", open);
		}
	}

	private static void sort(Changed change, ResponsibleParty party, BigDecimal before, BigDecimal after, Timestamp now,
			List<Object[]> open, List<Object[]> clear) {
		if (after.signum() < 0) {
			open.add(new Object[] { change.claimId(), party.name(), after.negate(), now, truncate(change.reason()) });
		}
		else if (before.signum() < 0) {
			clear.add(new Object[] { now, change.claimId(), party.name() });
		}
	}

	private static String truncate(String text) {
		return (text.length() > 500) ? text.substring(0, 497) + "..." : text;
	}

}
