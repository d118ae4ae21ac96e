package io.ardesk.housekeeping;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ardesk.housekeeping.internal.ConsistencyCheckRecorder;
import io.ardesk.housekeeping.internal.ConsistencyCheckRun;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ArdeskIntegrationTest
class ConsistencyCheckJobIntegrationTest extends IntegrationTestSupport {

	@Autowired
	ConsistencyChecks checks;

	@Autowired
	ConsistencyCheckRecorder recorder;

	@Autowired
	ClientDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNightlyTriggerChecksEveryActiveClientInItsOwnSchema() throws InterruptedException {
		List<ClientId> clients = this.directory.activeClients().stream().map(ClientProfile::id).toList();
		assertThat(clients).hasSize(3);
		Map<ClientId, Integer> before = runCounts(clients);

		List<String> enqueued = this.checks.checkAllClients();

		assertThat(enqueued).containsExactlyInAnyOrderElementsOf(clients.stream().map(ClientId::value).toList());
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!allChecked(clients, before) && Instant.now().isBefore(deadline)) {
			Thread.sleep(1000);
		}
		for (ClientId client : clients) {
			List<ConsistencyCheckRun> history = history(client);
			assertThat(history).as("runs recorded in the schema of %s", client.value())
				.hasSize(before.get(client) + 1)
				.extracting(ConsistencyCheckRun::clientId)
				.containsOnly(client.value());
			assertThat(history.getFirst().itemsChecked()).as("tables seen in the client's schema").isPositive();
		}
	}

	@Test
	void jobRunrKeepsItsTablesInTheControlSchema() {
		Map<String, Long> tablesBySchema = this.jdbc
			.sql("select table_schema, count(*) from information_schema.tables "
					+ "where table_name like 'jobrunr%' group by table_schema")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(tablesBySchema).containsOnlyKeys("control");
		assertThat(tablesBySchema.get("control")).isGreaterThanOrEqualTo(3);
	}

	private boolean allChecked(List<ClientId> clients, Map<ClientId, Integer> before) {
		Map<ClientId, Integer> now = runCounts(clients);
		return clients.stream().allMatch((client) -> now.get(client) > before.get(client));
	}

	private Map<ClientId, Integer> runCounts(List<ClientId> clients) {
		return clients.stream().collect(Collectors.toMap(Function.identity(), (client) -> history(client).size()));
	}

	private List<ConsistencyCheckRun> history(ClientId client) {
		return SystemActor.call(() -> this.recorder.history(client));
	}

}
