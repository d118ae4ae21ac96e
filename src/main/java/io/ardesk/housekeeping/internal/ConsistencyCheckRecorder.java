package io.ardesk.housekeeping.internal;

import java.time.Clock;
import java.util.List;

import io.ardesk.housekeeping.ClientCheck;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the checks in one client's schema and records the run there. The schema check
 * proves the job really works in the client's own schema: it counts what the schema
 * holds; the {@link ClientCheck}s of the other modules follow (the ledger's: balances add
 * up, and the posting journal adds up to them).
 */
@Component
public class ConsistencyCheckRecorder {

	private static final Logger log = LoggerFactory.getLogger(ConsistencyCheckRecorder.class);

	private final EntityManager entityManager;

	private final ConsistencyCheckRuns runs;

	private final Clock clock;

	private final List<ClientCheck> checks;

	ConsistencyCheckRecorder(EntityManager entityManager, ConsistencyCheckRuns runs, Clock clock,
			List<ClientCheck> checks) {
		this.entityManager = entityManager;
		this.runs = runs;
		this.clock = clock;
		this.checks = List.copyOf(checks);
	}

	@ChangesClient
	@Transactional
	public ConsistencyCheckRun check(ClientId client) {
		Number tables = (Number) this.entityManager
			.createNativeQuery("select count(*) from information_schema.tables where table_schema = current_schema()")
			.getSingleResult();
		int items = tables.intValue();
		int problems = 0;
		StringBuilder summary = new StringBuilder("Schema holds " + tables.intValue() + " tables");
		for (ClientCheck check : this.checks) {
			ClientCheck.Result result = check.check();
			items += result.itemsChecked();
			problems += result.problemsFound();
			summary.append("; ").append(result.name()).append(": ").append(result.summary());
			if (result.problemsFound() > 0) {
				log.warn("Consistency check {}: {} problems", result.name(), result.problemsFound());
			}
		}
		String text = (summary.length() > 1000) ? summary.substring(0, 997) + "..." : summary.toString();
		ConsistencyCheckRun run = this.runs
			.save(new ConsistencyCheckRun(client.value(), this.clock.instant(), items, problems, text));
		log.info("Consistency check done: {} items, {} problems", run.itemsChecked(), run.problemsFound());
		return run;
	}

	@ReadsClient
	@Transactional(readOnly = true)
	public List<ConsistencyCheckRun> history(ClientId client) {
		return this.runs.findAllByOrderByCheckedAtDesc();
	}

}
