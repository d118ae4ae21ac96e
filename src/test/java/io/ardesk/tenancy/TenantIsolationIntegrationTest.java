package io.ardesk.tenancy;

import java.util.List;

import io.ardesk.housekeeping.ConsistencyChecks;
import io.ardesk.housekeeping.internal.ConsistencyCheckRecorder;
import io.ardesk.housekeeping.internal.ConsistencyCheckRun;
import io.ardesk.housekeeping.internal.ConsistencyCheckRuns;
import io.ardesk.security.SystemActor;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ArdeskIntegrationTest
class TenantIsolationIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	ConsistencyCheckRecorder recorder;

	@Autowired
	ConsistencyCheckRuns runs;

	@Autowired
	ConsistencyChecks checks;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void sameIdsInTwoClientsNeverMix() {
		ConsistencyCheckRun inNorthside = SystemActor.call(() -> this.recorder.check(NORTHSIDE));
		ConsistencyCheckRun inLakeview = SystemActor.call(() -> this.recorder.check(LAKEVIEW));
		// Both schemas hand out their own ids: the first run in each is number 1.
		List<ConsistencyCheckRun> northside = SystemActor.call(() -> this.recorder.history(NORTHSIDE));
		List<ConsistencyCheckRun> lakeview = SystemActor.call(() -> this.recorder.history(LAKEVIEW));
		assertThat(northside).isNotEmpty().allMatch((run) -> run.clientId().equals("northside-family"));
		assertThat(lakeview).isNotEmpty().allMatch((run) -> run.clientId().equals("lakeview-ortho"));
		assertThat(inNorthside.clientId()).isEqualTo("northside-family");
		assertThat(inLakeview.clientId()).isEqualTo("lakeview-ortho");
	}

	@Test
	void repositoriesAndNativeQueriesSeeOnlyTheBoundClient() {
		SystemActor.run(() -> this.recorder.check(LAKEVIEW));
		String schema = TenantContext.callAs(NORTHSIDE, () -> this.transaction.execute((
				status) -> (String) this.entityManager.createNativeQuery("select current_schema()").getSingleResult()));
		assertThat(schema).isEqualTo("client_northside_family");
		List<ConsistencyCheckRun> seenFromNorthside = TenantContext.callAs(NORTHSIDE,
				() -> this.transaction.execute((status) -> this.runs.findAll()));
		assertThat(seenFromNorthside).noneMatch((run) -> run.clientId().equals("lakeview-ortho"));
	}

	@Test
	void plainSqlInsideATransactionRunsInTheBoundClientsSchemaAndTheSchemaIsResetAfterwards() {
		for (int i = 0; i < 25; i++) {
			ClientId client = (i % 2 == 0) ? NORTHSIDE : LAKEVIEW;
			String schema = TenantContext.callAs(client, () -> this.transaction
				.execute((status) -> this.jdbc.sql("select current_schema()").query(String.class).single()));
			assertThat(schema).isEqualTo((i % 2 == 0) ? "client_northside_family" : "client_lakeview_ortho");
			String unbound = this.transaction
				.execute((status) -> this.jdbc.sql("select current_schema()").query(String.class).single());
			assertThat(unbound).isEqualTo("control");
		}
	}

	@Test
	void withoutABoundClientNoClientTableIsReachable() {
		assertThatThrownBy(() -> this.transaction.execute((status) -> this.runs.findAll()))
			.hasMessageContaining("consistency_check_run");
	}

	@Test
	void backgroundJobWritesOnlyIntoItsOwnClientsSchema() {
		long lakeviewBefore = SystemActor.call(() -> this.recorder.history(LAKEVIEW)).size();
		this.checks.checkClient("northside-family");
		assertThat(SystemActor.call(() -> this.recorder.history(LAKEVIEW))).hasSize((int) lakeviewBefore);
		assertThat(SystemActor.call(() -> this.recorder.history(NORTHSIDE)))
			.anyMatch((run) -> run.clientId().equals("northside-family"));
	}

	@Test
	void aClientOperationCannotStartInsideAnotherClientsTransaction() {
		assertThatThrownBy(() -> TenantContext.runAs(NORTHSIDE,
				() -> this.transaction
					.executeWithoutResult((status) -> SystemActor.run(() -> this.recorder.check(LAKEVIEW)))))
			.isInstanceOf(IllegalStateException.class);
	}

}
