package io.ardesk.aging;

import java.net.http.HttpResponse;

import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aging across the caller's clients: only their own, each with insurance and patient
 * apart.
 */
@ArdeskIntegrationTest
class PortfolioAgingIntegrationTest extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	@Test
	void eachUserGetsTheAgingOfTheirOwnClientsOnly() {
		ApiClient api = new ApiClient(this.port);
		HttpResponse<String> specialist = api.get("specialist", "/api/v1/aging");
		assertThat(specialist.statusCode()).isEqualTo(200);
		JsonNode clients = JsonMapper.builder().build().readTree(specialist.body());
		assertThat(clients.size()).isEqualTo(2);
		assertThat(specialist.body()).contains("lakeview-ortho", "northside-family").doesNotContain("riverside");
		assertThat(clients.get(0).get("insurance").propertyNames()).contains("0-30", "31-60", "61-90", "91-120", "120+",
				"total");
		assertThat(api.get("manager", "/api/v1/aging").body()).contains("riverside-cardiology");
		assertThat(api.get("viewer.lakeview-ortho", "/api/v1/aging").body()).contains("lakeview-ortho")
			.doesNotContain("northside");
		assertThat(api.get(null, "/api/v1/aging").statusCode()).isEqualTo(401);
	}

}
