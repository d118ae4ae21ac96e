package io.ardesk.security;

import java.net.http.HttpResponse;

import io.ardesk.housekeeping.internal.ConsistencyCheckRecorder;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientSummary;
import io.ardesk.tenancy.UnknownClientException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ArdeskIntegrationTest
class ClientAuthorizationIntegrationTest extends IntegrationTestSupport {

	static final ClientId RIVERSIDE = ClientId.of("riverside-cardiology");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@LocalServerPort
	int port;

	@Autowired
	ClientAccess access;

	@Autowired
	ClientProfiles profiles;

	@Autowired
	ConsistencyCheckRecorder recorder;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void specialistSeesOnlyTheTwoAssignedClients() {
		var clients = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.access.currentUser().orElseThrow().clients());
		assertThat(clients).extracting(ClientSummary::id)
			.containsExactlyInAnyOrder(LAKEVIEW, ClientId.of("northside-family"));
	}

	@Test
	void unassignedSpecialistIsRefusedTheClientInServices() {
		assertThatThrownBy(() -> AsUser.run("specialist", "AR_SPECIALIST", () -> this.profiles.profile(RIVERSIDE)))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThatThrownBy(() -> AsUser.run("specialist", "AR_SPECIALIST", () -> this.recorder.check(RIVERSIDE)))
			.isInstanceOf(ClientAccessDeniedException.class);
	}

	@Test
	void unassignedSpecialistIsRefusedTheClientInRestAsIfItDidNotExist() {
		HttpResponse<String> response = this.api.get("specialist", "/api/v1/clients/riverside-cardiology");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(this.api.get("specialist", "/api/v1/clients/no-such-practice")
			.body()
			.replace("no-such-practice", "riverside-cardiology"));
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.api.get("specialist", "/api/v1/clients").body()).doesNotContain("riverside");
	}

	@Test
	void viewerReadsOwnPracticeButCannotChangeIt() {
		ClientId own = RIVERSIDE;
		String viewer = "viewer.riverside-cardiology";
		assertThat(AsUser.call(viewer, "CLIENT_VIEWER", () -> this.profiles.profile(own)).name())
			.isEqualTo("Riverside Cardiology Associates");
		assertThatThrownBy(() -> AsUser.run(viewer, "CLIENT_VIEWER", () -> this.recorder.check(own)))
			.isInstanceOf(ClientAccessDeniedException.class)
			.hasMessageContaining("Read-only");
		assertThatThrownBy(() -> AsUser.run(viewer, "CLIENT_VIEWER", () -> this.profiles.profile(LAKEVIEW)))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThat(this.api.get(viewer, "/api/v1/clients").body()).contains("riverside-cardiology")
			.doesNotContain("lakeview");
	}

	@Test
	void anonymousCallerGets401AndUnknownClient404() {
		assertThat(this.api.get(null, "/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(this.api.get(null, "/api/v1/clients/lakeview-ortho").statusCode()).isEqualTo(401);
		assertThat(this.api.get("admin", "/api/v1/clients/no-such-client").statusCode()).isEqualTo(404);
		assertThat(this.api.get("admin", "/api/v1/clients/DROP%20TABLE").statusCode()).isEqualTo(404);
	}

	@Test
	void meListsRolesAndClients() {
		HttpResponse<String> me = this.api.get("manager", "/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"manager\"", "ACCOUNT_MANAGER", "riverside-cardiology",
				"lakeview-ortho", "northside-family");
	}

	@Test
	void unknownClientIsNotFoundEvenForAdmins() {
		assertThatThrownBy(() -> AsUser.run("admin", "FIRM_ADMIN", () -> this.profiles.profile(ClientId.of("ghost"))))
			.isInstanceOf(UnknownClientException.class);
	}

	@Test
	void openApiDescribesTheApi() {
		HttpResponse<String> docs = this.api.get(null, "/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/me", "/api/v1/clients/{clientId}");
	}

}
