package io.ardesk.imports.api;

import java.net.http.HttpResponse;

import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.X12Builder;
import io.ardesk.test.X12TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ArdeskIntegrationTest
class ImportsApiIntegrationTest extends IntegrationTestSupport {

	/** The demo specialist is assigned to Lakeview and Northside, not Riverside. */
	static final String LAKEVIEW_IMPORTS = "/api/v1/clients/lakeview-ortho/imports";

	static final String RIVERSIDE_IMPORTS = "/api/v1/clients/riverside-cardiology/imports";

	/** Reads amounts as written (12.50 stays 12.50), not as doubles. */
	static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void claimFileIsPostedOnceAndTheSameFileAgainIsADuplicate() {
		byte[] file = X12Builder.claims837("KEY INSURANCE", "99999")
			.claim("API-1", "P", "1", "20260105", "100.00", "20.00")
			.build(ClientId.of("lakeview-ortho"));

		HttpResponse<String> first = this.api.postFile("specialist", LAKEVIEW_IMPORTS, "basic.837", file);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode posted = json.readTree(first.body());
		assertThat(posted.get("status").asString()).isEqualTo("POSTED");
		assertThat(posted.get("type").asString()).isEqualTo("X12_837P");
		assertThat(posted.get("claimsCreated").asInt()).isEqualTo(1);
		assertThat(posted.get("id").asLong()).isPositive();
		assertThat(posted.has("warnings")).isTrue();
		assertThat(posted.get("errors").isArray()).isTrue();

		HttpResponse<String> again = this.api.postFile("specialist", LAKEVIEW_IMPORTS, "basic-again.837", file);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		JsonNode duplicate = json.readTree(again.body());
		assertThat(duplicate.get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(duplicate.get("claimsCreated").asInt()).isZero();

		HttpResponse<String> history = this.api.get("specialist", LAKEVIEW_IMPORTS);
		assertThat(history.statusCode()).isEqualTo(200);
		JsonNode imports = json.readTree(history.body());
		assertThat(imports.isArray()).isTrue();
		// newest first
		assertThat(imports.get(0).get("fileName").asString()).isEqualTo("basic-again.837");
		assertThat(imports.get(0).get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(history.body()).contains("\"fileName\":\"basic.837\"");
	}

	@Test
	void remittanceIsPostedWithEveryClaimPayment() {
		HttpResponse<String> response = this.api.postFile("specialist", LAKEVIEW_IMPORTS, "managed-care.835",
				X12Builder.remittance835("KEY INSURANCE", "99999", "TRN-API-2", "150.00")
					.payment("API-20", "1", "100.00", "80.00", "20.00", "PR-1:20.00")
					.payment("API-21", "1", "90.00", "70.00", "0.00", "CO-45:20.00")
					.build(ClientId.of("lakeview-ortho")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode result = json.readTree(response.body());
		assertThat(result.get("status").asString()).isEqualTo("POSTED");
		assertThat(result.get("type").asString()).isEqualTo("X12_835");
		// Both claim payments are kept; those matching no claim are also counted as
		// unmatched.
		assertThat(result.get("paymentsPosted").asInt()).isEqualTo(2);
		assertThat(result.get("unmatched").asInt()).isBetween(0, 2);
	}

	@Test
	void malformedFileIsRejectedWithAProblemNamingSegmentAndPosition() {
		HttpResponse<String> response = this.api.postFile("specialist", LAKEVIEW_IMPORTS, "garbled.837",
				X12TestFiles.read("malformed/imsweb_837p_garbled_segment_ids.837"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("title").asString()).isEqualTo("File rejected");
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		assertThat(problem.get("importStatus").asString()).isEqualTo("REJECTED");
		assertThat(problem.get("claimsCreated").asInt()).isZero();
		JsonNode errors = problem.get("errors");
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.size()).isPositive();
		JsonNode located = null;
		for (JsonNode error : errors) {
			if (!error.get("segment").isNull() && !error.get("position").isNull()) {
				located = error;
			}
		}
		assertThat(located).as("an error naming segment and position in %s", errors).isNotNull();
		assertThat(located.get("message").asString()).isNotBlank();
		assertThat(located.get("position").asInt()).isPositive();
	}

	@Test
	void viewerAndUnassignedSpecialistMayNotImport() {
		byte[] file = X12TestFiles.read("837p/uhin_837p_icd10.837");
		HttpResponse<String> viewer = this.api.postFile("viewer.riverside-cardiology", RIVERSIDE_IMPORTS, "a.837",
				file);
		assertThat(viewer.statusCode()).isEqualTo(403);
		assertThat(viewer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		// an unassigned client answers like an unknown one
		assertThat(this.api.postFile("specialist", RIVERSIDE_IMPORTS, "a.837", file).statusCode()).isEqualTo(404);
		assertThat(this.api.get("specialist", RIVERSIDE_IMPORTS).statusCode()).isEqualTo(404);
		// the import history is the firm's: not even the practice's own viewer reads it
		// (issue 13)
		assertThat(this.api.get("viewer.riverside-cardiology", RIVERSIDE_IMPORTS).statusCode()).isEqualTo(403);
	}

	@Test
	void anonymousCallerMustSignIn() {
		HttpResponse<String> response = this.api.postFile(null, LAKEVIEW_IMPORTS, "a.837",
				X12TestFiles.read("837p/uhin_837p_icd10.837"));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(this.api.get(null, LAKEVIEW_IMPORTS).statusCode()).isEqualTo(401);
	}

	@Test
	void unknownClientIsNotFound() {
		assertThat(this.api
			.postFile("admin", "/api/v1/clients/no-such-client/imports", "a.837",
					X12TestFiles.read("837p/uhin_837p_icd10.837"))
			.statusCode()).isEqualTo(404);
	}

}
