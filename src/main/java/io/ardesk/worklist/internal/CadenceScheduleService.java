package io.ardesk.worklist.internal;

import java.time.LocalDate;
import java.util.Map;

import io.ardesk.security.ChangesClient;
import io.ardesk.tenancy.Cadences;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.CadenceSchedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One statement per cadence rule, in bounded batches: the due date becomes the last touch
 * (or today, never touched) plus the cadence, never before today.
 */
@Service
class CadenceScheduleService implements CadenceSchedule {

	/** The rule's tables (none, the claim, or the claim and its payer) and condition. */
	private static final String MOVE = """
			update claim_work w set next_action_date = greatest(:today, coalesce(w.last_touched_at::date, :today) + :days)
			where w.claim_id in (
			  select w2.claim_id from claim_work w2%s
			  where w2.in_queue and w2.next_action_date > greatest(:today, coalesce(w2.last_touched_at::date, :today) + :days)
			    and %s
			  limit :batch)""";

	private static final String CLAIM = " join claim c on c.id = w2.claim_id";

	private static final String PAYER = CLAIM + " join payer p on p.id = c.payer_id";

	private final JdbcClient jdbc;

	private final ClientDirectory directory;

	CadenceScheduleService(JdbcClient jdbc, ClientDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	@ChangesClient
	@Transactional
	public int apply(ClientId client, LocalDate today, int batch) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		Cadences cadences = profile.rules().cadences();
		int moved = 0;
		if (cadences.clientDays() != null) {
			moved += move("", "true", Map.of(), cadences.clientDays(), today, batch);
		}
		for (Map.Entry<String, Integer> payer : cadences.byPayer().entrySet()) {
			moved += move(PAYER, "p.external_id = :payer", Map.of("payer", payer.getKey()), payer.getValue(), today,
					batch);
		}
		if (cadences.highValueDays() != null) {
			// flagged by hand, or by the balance (as when a touch sets the next action)
			moved += move(CLAIM, "(w2.high_value or c.insurance_balance >= :threshold)",
					Map.of("threshold", profile.highValueThreshold()), cadences.highValueDays(), today, batch);
		}
		return moved;
	}

	private int move(String tables, String condition, Map<String, Object> params, int days, LocalDate today,
			int batch) {
		int total = 0;
		while (true) {
			int moved = this.jdbc.sql(MOVE.formatted(tables, condition))
				.params(params)
				.param("today", today)
				.param("days", days)
				.param("batch", batch)
				.update();
			total += moved;
			if (moved < batch) {
				return total;
			}
		}
	}

}
