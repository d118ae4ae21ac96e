package io.ardesk.codes;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ArdeskIntegrationTest
class ReasonCodeListsIntegrationTest extends IntegrationTestSupport {

	static final String UPLOAD = "/api/v1/admin/reason-codes?kind=CARC";

	@LocalServerPort
	int port;

	@Autowired
	ReasonCodeCatalog catalog;

	@Autowired
	ReasonCodeLists lists;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void administratorLoadsAnOfficialListThatIsKeptAndApplied() {
		byte[] list = "code,description\n45,Official wording for the fee schedule reduction\nZ9,A brand new code\n"
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.api.postFile("admin", UPLOAD, "carc.csv", list);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"loaded\":2");
		assertThat(this.catalog.describe("CO", "45")).contains("Official wording");
		assertThat(this.catalog.carc("Z9")).isPresent();
		// Our denial category survives a list that gives none.
		assertThat(this.catalog.classify("CO", "45")).isEqualTo(AdjustmentClass.CONTRACTUAL);
		assertThat(io.ardesk.test.AsUser.call("admin", "FIRM_ADMIN", () -> this.lists.uploads()))
			.anySatisfy((upload) -> assertThat(upload.fileName()).isEqualTo("carc.csv"));
	}

	@Test
	void onlyFirmAdministratorsMayLoadLists() {
		byte[] list = "code,description\n45,Something else\n".getBytes(StandardCharsets.UTF_8);
		assertThat(this.api.postFile("specialist", UPLOAD, "carc.csv", list).statusCode()).isEqualTo(403);
		assertThat(this.api.postFile("manager", UPLOAD, "carc.csv", list).statusCode()).isEqualTo(403);
		assertThat(this.api.postFile(null, UPLOAD, "carc.csv", list).statusCode()).isEqualTo(401);
		assertThat(this.catalog.describe("CO", "45")).doesNotContain("Something else");
	}

	@Test
	void aBadRowRejectsTheWholeListNamingTheLine() {
		byte[] list = "code,description\n97,Fine row\n,missing code\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.api.postFile("admin", UPLOAD, "bad.csv", list);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("line 3");
		assertThat(this.catalog.describe("CO", "97")).doesNotContain("Fine row");
	}

}
