package io.ardesk.worklist;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The person working a claim sets where its follow-up stands; the history says who and
 * why.
 */
@ArdeskIntegrationTest
class WorkStatusIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("northside-family");

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimWorkspace workspace;

	@Autowired
	ClaimLedger ledger;

	@LocalServerPort
	int port;

	@BeforeEach
	void seed() {
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			this.imports.importFile(CLIENT, "ws.837",
					X12Builder.claims837("ACME HEALTH", "ACME1")
						.claim("WS-1", "P", "1", "20260105", "250.00")
						.build(CLIENT),
					ImportProgress.none());
			this.queue.refresh(CLIENT, true);
		});
	}

	@Test
	void aSpecialistSetsTheWorkStatusAndAStaleVersionIsRefused() {
		long version = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.workspace.state(CLIENT, "WS-1").orElseThrow().version());
		AsUser.run("specialist", "AR_SPECIALIST", () -> this.workspace.changeStatus(CLIENT, "WS-1",
				WorkStatus.WAITING_ON_CLIENT, "Asked for the op note", version));
		WorkspaceState state = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.workspace.state(CLIENT, "WS-1").orElseThrow());
		assertThat(state.workStatus()).isEqualTo(WorkStatus.WAITING_ON_CLIENT);
		ClaimDetail claim = AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.claim(CLIENT, "WS-1"))
			.orElseThrow();
		assertThat(claim.history()).anySatisfy((entry) -> {
			assertThat(entry.actor()).isEqualTo("specialist");
			assertThat(entry.description()).contains("Waiting on client", "op note");
		});
		assertThatThrownBy(() -> AsUser.run("specialist2", "AR_SPECIALIST",
				() -> this.workspace.changeStatus(CLIENT, "WS-1", WorkStatus.RESOLVED, "", version)))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void viewersCannotSetTheWorkStatusInTheServiceOrTheApi() {
		assertThatThrownBy(() -> AsUser.run("viewer.northside-family", "CLIENT_VIEWER",
				() -> this.workspace.changeStatus(CLIENT, "WS-1", WorkStatus.RESOLVED, "", 0)))
			.isInstanceOf(ClientAccessDeniedException.class);
		ApiClient api = new ApiClient(this.port);
		String body = "{\"status\":\"APPEALED\",\"note\":\"Level 1 sent\"}";
		HttpResponse<String> denied = api.send("viewer.northside-family",
				HttpRequest
					.newBuilder(URI.create(api.baseUrl() + "/api/v1/clients/northside-family/claims/WS-1/status"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(denied.statusCode()).isEqualTo(403);
		HttpResponse<String> done = api.send("specialist",
				HttpRequest
					.newBuilder(URI.create(api.baseUrl() + "/api/v1/clients/northside-family/claims/WS-1/status"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("APPEALED");
	}

}
