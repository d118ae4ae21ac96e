package io.ardesk.security;

import java.net.http.HttpResponse;

import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** In the demo the API is documented; health details are for firm administrators only. */
@ArdeskIntegrationTest
class ApiDocsAndHealthIntegrationTest extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	@Test
	void theDemoPublishesTheOpenApiDocument() {
		LoopbackCaller caller = LoopbackCaller.fresh(this.port);

		HttpResponse<String> docs = caller.send(caller.request("/v3/api-docs").GET());

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"", "/api/v1/me");
	}

	@Test
	void aClientViewerSeesOnlyTheHealthStatus() {
		HttpResponse<String> health = LoopbackCaller.fresh(this.port)
			.basic("viewer.lakeview-ortho", "demo", "/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
	}

	@Test
	void aSpecialistSeesOnlyTheHealthStatus() {
		HttpResponse<String> health = LoopbackCaller.fresh(this.port).basic("specialist", "demo", "/actuator/health");

		assertThat(health.body()).doesNotContain("components", "db", "diskSpace");
	}

	@Test
	void theFirmAdministratorSeesTheHealthDetails() {
		HttpResponse<String> health = LoopbackCaller.fresh(this.port).basic("admin", "demo", "/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"components\"", "\"db\"");
	}

}
