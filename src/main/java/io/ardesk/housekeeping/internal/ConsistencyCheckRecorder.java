package io.ardesk.housekeeping.internal;

import java.time.Clock;
import java.util.List;

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
 * holds.
 */
@Component
public class ConsistencyCheckRecorder {

	private static final Logger log = LoggerFactory.getLogger(ConsistencyCheckRecorder.class);

	private final EntityManager entityManager;

	private final ConsistencyCheckRuns runs;

	private final Clock clock;

	ConsistencyCheckRecorder(EntityManager entityManager, ConsistencyCheckRuns runs, Clock clock) {
		this.entityManager = entityManager;
		this.runs = runs;
		this.clock = clock;
	}

	@ChangesClient
	@Transactional
	public ConsistencyCheckRun check(ClientId client) {
		Number tables = (Number) this.entityManager
			.createNativeQuery("select count(*) from information_schema.tables where table_schema = current_schema()")
			.getSingleResult();
		ConsistencyCheckRun run = this.runs.save(new ConsistencyCheckRun(client.value(), this.clock.instant(),
				tables.intValue(), 0, "Schema holds " + tables.intValue() + " tables"));
		log.info("Consistency check done: {} items, {} problems", run.itemsChecked(), run.problemsFound());
		return run;
	}

	@ReadsClient
	@Transactional(readOnly = true)
	public List<ConsistencyCheckRun> history(ClientId client) {
		return this.runs.findAllByOrderByCheckedAtDesc();
	}

}
