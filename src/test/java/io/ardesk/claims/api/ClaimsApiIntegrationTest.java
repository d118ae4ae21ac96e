package io.ardesk.claims.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ArdeskIntegrationTest
class ClaimsApiIntegrationTest extends IntegrationTestSupport {

	static final String LAKEVIEW_CLAIMS = "/api/v1/clients/lakeview-ortho/claims";

	/** Reads amounts as written (12.50 stays 12.50), not as doubles. */
	static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void importClaims() {
		this.api = new ApiClient(this.port);
		// Several claims with lines, billed by Lakeview's own practice; a second run in
		// the
		// same context is a harmless duplicate.
		byte[] file = X12Builder.claims837("MEDICARE B", "04412")
			.claim("A37YH556", "P", "1", "20260105", "125.00", "40.00")
			.claim("A37YH667", "P", "1", "20260106", "80.00")
			.claim("A37YH668", "S", "1", "20260107", "60.00")
			.build(ClientId.of("lakeview-ortho"));
		HttpResponse<String> imported = this.api.postFile("specialist", "/api/v1/clients/lakeview-ortho/imports",
				"multi.837", file);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
	}

	@Test
	void listIsPagedByKeysetWithNext() {
		JsonNode first = page(LAKEVIEW_CLAIMS + "?limit=2");
		assertThat(first.get("items").size()).isEqualTo(2);
		JsonNode item = first.get("items").get(0);
		assertThat(item.propertyNames()).containsExactlyInAnyOrder("claimNumber", "status", "payer", "serviceDateFrom",
				"submittedOn", "billed", "paid", "insuranceBalance", "patientBalance");
		assertThat(item.get("billed").isNumber()).isTrue();
		assertThat(item.get("billed").decimalValue().scale()).isEqualTo(2);
		String next = first.get("next").asString();
		assertThat(next).isEqualTo(first.get("items").get(1).get("claimNumber").asString());

		JsonNode second = page(LAKEVIEW_CLAIMS + "?limit=2&after=" + next);
		List<String> firstNumbers = numbers(first);
		assertThat(numbers(second)).isNotEmpty().doesNotContainAnyElementsOf(firstNumbers);

		// walking every page ends with next = null
		String after = null;
		int pages = 0;
		do {
			JsonNode current = page(LAKEVIEW_CLAIMS + "?limit=100" + ((after != null) ? "&after=" + after : ""));
			after = current.get("next").isNull() ? null : current.get("next").asString();
			pages++;
		}
		while (after != null && pages < 1000);
		assertThat(after).isNull();
	}

	@Test
	void listFiltersByStatusAndOwedBy() {
		JsonNode submitted = page(LAKEVIEW_CLAIMS + "?status=SUBMITTED&owedBy=INSURANCE&limit=500");
		for (JsonNode item : submitted.get("items")) {
			assertThat(item.get("status").asString()).isEqualTo("SUBMITTED");
		}
		assertThat(this.api.get("specialist", LAKEVIEW_CLAIMS + "?status=NOPE").statusCode()).isEqualTo(400);
		assertThat(this.api.get("specialist", LAKEVIEW_CLAIMS + "?limit=0").statusCode()).isEqualTo(400);
	}

	@Test
	void detailShowsMoneyLinesAdjustmentsAndHistory() {
		HttpResponse<String> response = this.api.get("specialist", LAKEVIEW_CLAIMS + "/A37YH556");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode claim = json.readTree(response.body());
		assertThat(claim.get("claimNumber").asString()).isEqualTo("A37YH556");
		assertThat(claim.propertyNames()).contains("status", "payer", "serviceDateFrom", "serviceDateTo", "submittedOn",
				"billed", "paid", "insuranceBalance", "patientBalance", "deniedOpen", "awaitingNextPayer",
				"payerShares", "adjustments", "remarks", "lines", "history");
		assertThat(claim.get("payerShares").get(0).get("party").asString()).isEqualTo("Primary");
		assertThat(claim.get("payerShares").get(0).get("payer").asString()).isEqualTo("MEDICARE B");
		assertThat(claim.get("payerShares").get(0).get("owed").decimalValue()).isEqualByComparingTo("165.00");
		assertThat(claim.get("billed").decimalValue().scale()).isEqualTo(2);
		assertThat(claim.get("adjustments").isArray()).isTrue();
		assertThat(claim.get("remarks").isArray()).isTrue();
		JsonNode line = claim.get("lines").get(0);
		assertThat(line.propertyNames()).containsExactlyInAnyOrder("lineNumber", "procedureCode", "modifiers", "units",
				"charge");
		assertThat(line.get("charge").decimalValue().scale()).isEqualTo(2);
		JsonNode event = claim.get("history").get(0);
		assertThat(event.propertyNames()).containsExactlyInAnyOrder("at", "actor", "kind", "description");
		assertThat(event.get("actor").asString()).isNotBlank();
	}

	@Test
	void unknownClaimIsNotFound() {
		HttpResponse<String> response = this.api.get("specialist", LAKEVIEW_CLAIMS + "/NO-SUCH-CLAIM");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void unassignedSpecialistIsRefused() {
		// as if the client did not exist: no oracle of which practices the firm serves
		assertThat(this.api.get("specialist", "/api/v1/clients/riverside-cardiology/claims").statusCode())
			.isEqualTo(404);
		assertThat(this.api.get("specialist", "/api/v1/clients/riverside-cardiology/claims/A37YH556").statusCode())
			.isEqualTo(404);
		assertThat(this.api.get(null, LAKEVIEW_CLAIMS).statusCode()).isEqualTo(401);
	}

	private JsonNode page(String path) {
		HttpResponse<String> response = this.api.get("specialist", path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static List<String> numbers(JsonNode page) {
		List<String> numbers = new ArrayList<>();
		page.get("items").forEach((item) -> numbers.add(item.get("claimNumber").asString()));
		return numbers;
	}

}
