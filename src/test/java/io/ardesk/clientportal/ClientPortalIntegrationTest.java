package io.ardesk.clientportal;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.ChunkedUpload;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import io.ardesk.worklist.ClaimActions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client portal over REST (issue 13): a practice's viewer reaches its own dashboard,
 * claims, escalations and document requests and nothing of the firm or of another
 * practice; files answering document requests are checked by content, limited while
 * reading, served only as attachments and audited. Each test uses its own claim numbers.
 */
@ArdeskIntegrationTest
class ClientPortalIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final String VIEWER = "viewer.lakeview-ortho";

	static final String OTHER_VIEWER = "viewer.northside-family";

	static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	static final AtomicInteger PREFIXES = new AtomicInteger();

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	FileImports imports;

	@Autowired
	ClaimActions actions;

	@Autowired
	Kpis kpis;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	ApiClient api;

	ApiClient api() {
		if (this.api == null) {
			this.api = new ApiClient(this.port);
		}
		return this.api;
	}

	@Test
	void aViewerIsRefusedEveryFirmInternalEndpointAndAnotherPracticesData() {
		String claim = seed(LAKEVIEW, "640.00");
		String other = seed(NORTHSIDE, "90.00");
		String lake = "/api/v1/clients/lakeview-ortho";
		for (String firmOnly : new String[] { lake + "/worklist", lake + "/worklist.csv", "/api/v1/me/work",
				lake + "/claims/" + claim + "/workspace", lake + "/claims/" + claim + "/follow-ups",
				lake + "/claims/" + claim + "/actions", lake + "/unmatched-payments", lake + "/imports",
				lake + "/posting-exceptions", lake + "/trend-issues", lake + "/denials/summary", lake + "/approvals",
				lake + "/write-off-requests", lake + "/statement-runs", "/api/v1/portfolio", "/api/v1/denials/summary",
				"/api/v1/admin/tokens" }) {
			assertThat(api().get(VIEWER, firmOnly).statusCode()).as(firmOnly).isEqualTo(403);
		}
		assertThat(api().get("manager", lake + "/worklist").statusCode()).as("staff still reach it").isEqualTo(200);
		assertThat(
				api().postJson(VIEWER, lake + "/claims/" + claim + "/notes", "{\"text\":\"hello\",\"internal\":false}")
					.statusCode())
			.isEqualTo(403);

		String north = "/api/v1/clients/northside-family";
		for (String theirs : new String[] { north + "/dashboard", north + "/claims", north + "/claims/" + other,
				north + "/escalations", north + "/document-requests", north + "/aging" }) {
			assertThat(api().get(VIEWER, theirs).statusCode()).as(theirs).isIn(403, 404);
		}
		assertThat(api().get(VIEWER, lake + "/claims/" + other).statusCode()).as("another practice's claim number")
			.isEqualTo(404);
	}

	@Test
	void aViewerSeesItsClaimWithoutTheFirmsNotesTouchesOwnersOrScores() {
		String claim = seed(LAKEVIEW, "700.00");
		AsUser.run("manager", "ACCOUNT_MANAGER", () -> {
			this.actions.addNote(LAKEVIEW, claim, "Internal: payer rep was rude, try supervisor", true);
		});
		HttpResponse<String> staffView = api().get("manager", "/api/v1/clients/lakeview-ortho/claims/" + claim);
		assertThat(staffView.body()).contains("NOTE");

		HttpResponse<String> viewerView = api().get(VIEWER, "/api/v1/clients/lakeview-ortho/claims/" + claim);
		assertThat(viewerView.statusCode()).isEqualTo(200);
		assertThat(viewerView.body()).contains(claim)
			.doesNotContain("\"NOTE\"", "payer rep was rude", "\"score\"", "\"owner\"", "manager");
		HttpResponse<String> list = api().get(VIEWER, "/api/v1/clients/lakeview-ortho/claims");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).doesNotContain("\"score\"", "\"owner\"", "\"queueReason\"");
	}

	@Test
	void theDashboardServesTheSameFiguresAsTheKpisWithMoneyInTwoDecimals() throws Exception {
		seed(LAKEVIEW, "1234.50");
		HttpResponse<String> answer = api().get(VIEWER, "/api/v1/clients/lakeview-ortho/dashboard");
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode dashboard = json.readTree(answer.body());
		LocalDate from = LocalDate.parse(dashboard.get("period").get("from").asString());
		LocalDate to = LocalDate.parse(dashboard.get("period").get("to").asString());
		KpiReport report = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.kpis.kpis(LAKEVIEW, from, to));

		assertThat(to).isEqualTo(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.kpis.today(LAKEVIEW)));
		assertThat(from).isEqualTo(to.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1));
		JsonNode ar = dashboard.get("ar");
		assertThat(new BigDecimal(ar.get("total").asString())).isEqualByComparingTo(report.basis().totalAr());
		assertThat(ar.get("total").asString()).matches("-?\\d+\\.\\d{2}");
		assertThat(report.basis().totalAr()).isGreaterThanOrEqualTo(new BigDecimal("1234.50"));
		assertThat(ar.get("daysInAr").isNull() ? null : new BigDecimal(ar.get("daysInAr").asString()))
			.isEqualTo(report.figures().daysInAr());
		JsonNode cash = dashboard.get("cash");
		assertThat(new BigDecimal(cash.get("collected").asString()))
			.isEqualByComparingTo(report.figures().cashCollected());
		assertThat(cash.get("collected").asString()).matches("-?\\d+\\.\\d{2}");
		assertThat(new BigDecimal(cash.get("recovered").asString()))
			.isEqualByComparingTo(report.figures().cashRecovered());
		assertThat(dashboard.get("weeks")).hasSize(12);
		assertThat(dashboard.get("daysInArTrend")).hasSize(4);
		assertThat(dashboard.get("ar").get("daysInArTarget").asInt()).isPositive();

		HttpResponse<String> period = api().get("manager",
				"/api/v1/clients/lakeview-ortho/dashboard?from=" + to.minusDays(29) + "&to=" + to);
		KpiReport month = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.kpis.kpis(LAKEVIEW, to.minusDays(29), to));
		assertThat(new BigDecimal(json.readTree(period.body()).get("ar").get("total").asString()))
			.isEqualByComparingTo(month.basis().totalAr());
		assertThat(api().get(VIEWER, "/api/v1/clients/lakeview-ortho/dashboard?from=" + to).statusCode())
			.isEqualTo(400);
	}

	@Test
	void aViewerUploadsAPdfToItsRequestAndStaffDownloadItAsAnAttachmentWithEveryAccessAudited() throws Exception {
		String claim = seed(LAKEVIEW, "480.00");
		HttpResponse<String> created = api().postJson("manager",
				"/api/v1/clients/lakeview-ortho/claims/" + claim + "/document-requests",
				"{\"whatIsNeeded\":\"Operative report\",\"dueDate\":\"" + LocalDate.now().plusDays(7) + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		long requestId = json.readTree(created.body()).get("id").asLong();
		assertThat(requestId).isPositive();

		HttpResponse<String> inbox = api().get(VIEWER, "/api/v1/clients/lakeview-ortho/document-requests");
		assertThat(inbox.statusCode()).isEqualTo(200);
		JsonNode mine = find(json.readTree(inbox.body()), requestId);
		assertThat(mine.get("whatIsNeeded").asString()).isEqualTo("Operative report");
		assertThat(mine.get("requestedBy").isNull()).as("who at the firm asked is internal").isTrue();
		assertThat(inbox.body()).doesNotContain("manager");

		String files = "/api/v1/clients/lakeview-ortho/document-requests/" + requestId + "/files";
		HttpResponse<String> uploaded = api().postFile(VIEWER, files, "op-report.pdf", PDF);
		assertThat(uploaded.statusCode()).isEqualTo(201);
		JsonNode file = json.readTree(uploaded.body());
		assertThat(file.get("fileName").asString()).isEqualTo("op-report.pdf");
		assertThat(file.get("size").asLong()).isEqualTo(PDF.length);
		assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
		long fileId = file.get("id").asLong();

		HttpResponse<String> download = api().get("manager", files + "/" + fileId);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).get()
			.asString()
			.startsWith("attachment")
			.contains("op-report.pdf");
		assertThat(download.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(PDF);
		assertThat(api().get(VIEWER, files + "/" + fileId).statusCode()).as("the uploader may fetch its own file")
			.isEqualTo(200);

		String sha = TenantContext.callAs(LAKEVIEW,
				() -> this.transaction
					.execute((status) -> this.jdbc.sql("select sha256 from document_file where id = :id")
						.param("id", fileId)
						.query(String.class)
						.single()));
		assertThat(sha).isEqualTo(
				java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));

		HttpResponse<String> audit = api().get("manager",
				"/api/v1/clients/lakeview-ortho/document-requests/" + requestId + "/audit");
		assertThat(audit.statusCode()).isEqualTo(200);
		JsonNode rows = json.readTree(audit.body());
		assertThat(rows).hasSize(3);
		assertThat(rows.get(2).get("action").asString()).isEqualTo("UPLOADED");
		assertThat(rows.get(2).get("actor").asString()).isEqualTo(VIEWER);
		assertThat(rows.get(1).get("action").asString()).isEqualTo("DOWNLOADED");
		assertThat(rows.get(1).get("actor").asString()).isEqualTo("manager");
		assertThat(rows.get(0).get("fileId").asLong()).isEqualTo(fileId);
		assertThat(api().get(VIEWER, "/api/v1/clients/lakeview-ortho/document-requests/" + requestId + "/audit")
			.statusCode()).isEqualTo(403);

		JsonNode answered = find(
				json.readTree(
						api().get("manager", "/api/v1/clients/lakeview-ortho/document-requests?openOnly=false").body()),
				requestId);
		assertThat(answered.get("status").asString()).as("the first file answers the request").isEqualTo("ANSWERED");
		assertThat(answered.get("files")).hasSize(1);
	}

	@Test
	void uploadsOfTheWrongTypeOfAnotherPracticeOrOverTheLimitAreRefusedAndNothingIsKept() throws Exception {
		String claim = seed(LAKEVIEW, "510.00");
		long requestId = request(LAKEVIEW, claim);
		String files = "/api/v1/clients/lakeview-ortho/document-requests/" + requestId + "/files";

		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		HttpResponse<String> windows = api().postFile(VIEWER, files, "x.pdf", exe);
		assertThat(windows.statusCode()).isEqualTo(422);
		assertThat(windows.body()).contains("x.pdf", "\"file\"");
		byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 };
		assertThat(api().postFile(VIEWER, files, "scan.pdf", elf).statusCode()).isEqualTo(422);

		assertThat(api().postFile(OTHER_VIEWER, files, "a.pdf", PDF).statusCode()).as("another practice's viewer")
			.isIn(403, 404);
		assertThat(api()
			.postFile(OTHER_VIEWER, "/api/v1/clients/northside-family/document-requests/" + requestId + "/files",
					"a.pdf", PDF)
			.statusCode()).as("the same number under the other practice is only ever that practice's own request")
			.isIn(201, 404);

		ChunkedUpload.Answer tooLarge = ChunkedUpload.post(this.port, files, VIEWER, "huge.pdf",
				20L * 1024 * 1024 + 1024);
		assertThat(tooLarge.status()).isIn(413, 422);
		assertThat(tooLarge.body()).contains("20 MB");

		assertThat(fileCount(requestId)).as("nothing of a refused upload is kept").isZero();

		long fileId = json.readTree(api().postFile(VIEWER, files, "ok.png", png()).body()).get("id").asLong();
		assertThat(fileCount(requestId)).isEqualTo(1);
		assertThat(api().get(OTHER_VIEWER, files + "/" + fileId).statusCode()).isIn(403, 404);
		assertThat(api()
			.get(OTHER_VIEWER, "/api/v1/clients/northside-family/document-requests/" + requestId + "/files/" + fileId)
			.statusCode()).isEqualTo(404);
		assertThat(api().get("specialist2", files + "/" + fileId).statusCode()).as("staff not assigned to the client")
			.isEqualTo(404);
		long otherRequest = request(LAKEVIEW, seed(LAKEVIEW, "20.00"));
		assertThat(api()
			.get("manager", "/api/v1/clients/lakeview-ortho/document-requests/" + otherRequest + "/files/" + fileId)
			.statusCode()).as("a file id under another request").isEqualTo(404);
	}

	private static byte[] png() {
		byte[] png = new byte[64];
		byte[] magic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		System.arraycopy(magic, 0, png, 0, magic.length);
		return png;
	}

	private long fileCount(long requestId) {
		return TenantContext.callAs(LAKEVIEW,
				() -> this.transaction
					.execute((status) -> this.jdbc.sql("select count(*) from document_file where request_id = :id")
						.param("id", requestId)
						.query(Long.class)
						.single()));
	}

	private long request(ClientId client, String claim) throws Exception {
		HttpResponse<String> created = api().postJson("manager",
				"/api/v1/clients/" + client.value() + "/claims/" + claim + "/document-requests",
				"{\"whatIsNeeded\":\"Referral\",\"dueDate\":\"" + LocalDate.now().plusDays(5) + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		return json.readTree(created.body()).get("id").asLong();
	}

	private static JsonNode find(JsonNode requests, long id) {
		for (JsonNode request : requests) {
			if (request.get("id").asLong() == id) {
				return request;
			}
		}
		throw new AssertionError("no document request " + id + " in " + requests);
	}

	private String seed(ClientId client, String charge) {
		String claim = "CP" + PREFIXES.incrementAndGet() + "-" + client.value().substring(0, 2).toUpperCase();
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim(claim, "P", "1", DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now().minusDays(30)), charge);
		AsUser.run("admin", "FIRM_ADMIN", () -> assertThat(
				this.imports.importFile(client, claim + ".837", file.build(client), ImportProgress.none()).status())
			.isEqualTo(ImportStatus.POSTED));
		return claim;
	}

}
