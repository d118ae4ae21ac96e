package io.ardesk;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import io.ardesk.denials.DenialFixtures;
import io.ardesk.imports.FileImports;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The denial list, escalations and document requests as files: the caller's scoping of
 * their JSON, and a practice's viewer without the firm's columns.
 */
@ArdeskIntegrationTest
class ListExportsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final String CLIENT = "/api/v1/clients/lakeview-ortho";

	@Autowired
	FileImports imports;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void theDenialListFileHoldsTheDeniedClaimsOfThePeriodForStaffOnly() {
		DenialFixtures fixtures = new DenialFixtures(this.imports, LAKEVIEW);
		fixtures.claims("LIST DENIAL HEALTH", "LDH1", "LDN", 2, "100.00");
		fixtures.post(
				DenialFixtures.remittance("LIST DENIAL HEALTH", "LDH1", "LDNTR1")
					.payment("LDN-1", "4", "100.00", "0.00", "0.00", "CO-197:100.00")
					.payment("LDN-2", "1", "100.00", "100.00", "0.00"),
				"LDNTR1", LocalDate.now(ZoneId.of("America/Denver")).minusDays(3));

		HttpResponse<String> csv = this.api.get("manager", CLIENT + "/denials.csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("Claim,Payer,Denied on,Reason,Category,Denied,Insurance balance,Status\r\n")
			.contains("LDN-1,LIST DENIAL HEALTH,")
			.contains(",CO-197,")
			.doesNotContain("LDN-2");
		assertThat(this.api.get("manager", CLIENT + "/denials/claims.xlsx").statusCode()).isEqualTo(200);
		assertThat(this.api.get("viewer.lakeview-ortho", CLIENT + "/denials.csv").statusCode()).isEqualTo(403);
		assertThat(this.api.get("specialist2", CLIENT + "/denials.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void escalationsAndDocumentRequestsExportWithoutTheFirmsColumnsForAViewer() {
		HttpResponse<String> staff = this.api.get("manager", CLIENT + "/escalations.csv");
		HttpResponse<String> viewer = this.api.get("viewer.lakeview-ortho", CLIENT + "/escalations.csv");

		assertThat(staff.statusCode()).isEqualTo(200);
		assertThat(staff.body().lines().findFirst().orElseThrow()).startsWith("Claim,Status,Reason,")
			.endsWith(",Resolution,Internal note");
		assertThat(viewer.statusCode()).isEqualTo(200);
		assertThat(viewer.body().lines().findFirst().orElseThrow()).endsWith(",Resolution");
		assertThat(
				this.api.get("viewer.lakeview-ortho", "/api/v1/clients/northside-family/escalations.csv").statusCode())
			.isEqualTo(404);

		HttpResponse<String> requests = this.api.get("viewer.lakeview-ortho", CLIENT + "/document-requests.xlsx");
		assertThat(requests.statusCode()).isEqualTo(200);
		assertThat(this.api.get("manager", CLIENT + "/document-requests.csv?openOnly=false").body())
			.startsWith("Claim,What is needed,Due,Age (days),Overdue,Status,Requested by,Answer,Files\r\n");
		assertThat(this.api.get("specialist2", CLIENT + "/document-requests.csv").statusCode()).isEqualTo(404);
	}

}
