package io.ardesk.reports;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationReason;
import io.ardesk.escalation.Escalations;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.reports.internal.ClientReportJobs;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.MovableClock;
import io.ardesk.test.X12Builder;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly report of Lakeview Orthopedics (aged by date of service, America/Denver,
 * reports weekly and monthly to office.manager@lakeview-ortho.example, 2 days after the
 * period) for ISO week 2026-W47, Monday 11/16/2026 to Sunday 11/22/2026, built on
 * Wednesday 11/25/2026.
 *
 * <pre>
 * RPT-1 DOS 11/02 charge 1,000.00; call logged 11/10 (an internal note); ACME paid
 *       700.00 on 11/18 (CO-45 200.00, PR-1 100.00): worked, 16 days old -> recovered 0-30.
 * RPT-2 DOS 08/01 charge 500.00; call logged 11/17 (the week's one touch); ACME paid
 *       400.00 on 11/19 (CO-45 100.00): worked, 110 days old -> recovered 91-120.
 * RPT-3 DOS 11/09 charge 300.00; ACME denied it all on 11/20 (CO-197 300.00).
 * RPT-4 DOS 07/01 charge 800.00, never paid: 144 days old on 11/22 (120+); escalated.
 * RPT-5 DOS 11/16 charge 600.00, never paid (the week's only charges).
 *
 * Cash collected in the week: 700.00 + 400.00 = 1,100.00, all of it recovered on
 * worked claims; from over 90 days: 400.00. Top denial reason: CO-197, 1 claim, 300.00.
 * First adjudicated in the week: RPT-1, RPT-2, RPT-3; denied RPT-3 -> 33.3 %; clean
 * RPT-1 and RPT-2 -> 66.7 %.
 * A/R on 11/22: insurance RPT-3 300.00 (denied, still owed) + RPT-4 800.00 + RPT-5
 * 600.00 = 1,700.00, patients RPT-1 100.00; total 1,800.00; over 90 days: RPT-4 800.00
 * -> 44.4 %. Charges with DOS in the week: RPT-5 600.00; contractual posted in the week
 * 200.00 + 100.00 = 300.00; net charges 300.00. Days in A/R: 1,800 / (300 / 7) = 42.0;
 * net collection rate: 1,100 / 300 = 366.7 %.
 * </pre>
 */
@ArdeskIntegrationTest
@Import(MovableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientReportsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final ZoneId DENVER = ZoneId.of("America/Denver");

	static final ReportPeriod WEEK = ReportPeriod.week("2026-W47");

	static final String RECIPIENT = "office.manager@lakeview-ortho.example";

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	ClientReports reports;

	@Autowired
	ClientReportJobs jobs;

	@Autowired
	Kpis kpis;

	@Autowired
	Escalations escalations;

	@Autowired
	FileImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MovableClock clock;

	@LocalServerPort
	int port;

	@BeforeAll
	void workedExample() {
		moveTo(ZonedDateTime.of(2026, 11, 20, 12, 0, 0, 0, DENVER));
		X12Builder claims = X12Builder.claims837("ACME HEALTH", "ACME1");
		claims.claim("RPT-1", "P", "1", "20261102", "1000.00");
		claims.claim("RPT-2", "P", "1", "20260801", "500.00");
		claims.claim("RPT-3", "P", "1", "20261109", "300.00");
		claims.claim("RPT-4", "P", "1", "20260701", "800.00");
		claims.claim("RPT-5", "P", "1", "20261116", "600.00");
		post("RPT.837", claims.build(LAKEVIEW));
		followUp("RPT-1", ZonedDateTime.of(2026, 11, 10, 9, 0, 0, 0, DENVER), "INTERNAL-NOTE-XYZ do not share");
		followUp("RPT-2", ZonedDateTime.of(2026, 11, 17, 9, 0, 0, 0, DENVER), null);
		remittance("TRC-1", LocalDate.of(2026, 11, 18),
				(r) -> r.payment("RPT-1", "1", "1000.00", "700.00", "100.00", "CO-45:200.00", "PR-1:100.00"));
		remittance("TRC-2", LocalDate.of(2026, 11, 19),
				(r) -> r.payment("RPT-2", "1", "500.00", "400.00", "0.00", "CO-45:100.00"));
		remittance("TRC-3", LocalDate.of(2026, 11, 20),
				(r) -> r.payment("RPT-3", "4", "300.00", "0.00", "0.00", "CO-197:300.00"));
		Escalation raised = AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.escalations.raise(LAKEVIEW, "RPT-4", EscalationReason.AGING, "Please look at this one"));
		AsUser.run("manager", "ACCOUNT_MANAGER",
				() -> this.escalations.acknowledge(LAKEVIEW, raised.id(), "INTERNAL-ESC-NOTE payer rep was rude"));
		trendIssue();
		moveTo(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, DENVER));
	}

	@AfterAll
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theReportShowsTheHandComputedFiguresAndNothingInternal() throws Exception {
		String text = text(generateAsManager());
		assertThat(text).contains("Lakeview Orthopedics", "Weekly A/R report", "Week 2026-W47", "11/16/2026",
				"11/22/2026");
		assertThat(text).as("cash collected and recovered").contains("$1,100.00").contains("$400.00 from over 90 days");
		assertThat(text).as("collected by payer").containsPattern("ACME HEALTH \\$1,100.00 100.0 %");
		assertThat(text).as("recovered by payer and age when paid")
			.containsPattern("ACME HEALTH \\$700.00 — — \\$400.00 — \\$1,100.00");
		assertThat(text).as("top denial reason").containsPattern("CO-197 1 \\$300.00");
		assertThat(text).as("denial and clean claim rates")
			.containsPattern("Initial denial rate 33.3 %")
			.containsPattern("Clean claim rate 66.7 %");
		assertThat(text).as("days in A/R, A/R over 90 and net collection against target")
			.containsPattern("Days in A/R \\(adjusted\\) 42.0 days at most 45 days On target")
			.containsPattern("A/R over 90 days 44.4 % at most 18.0 % Off target")
			.containsPattern("Net collection rate 366.7 % at least 95.0 % On target");
		assertThat(text).as("aging by bucket and its total")
			.containsPattern("0-30 \\$900.00 \\$100.00 \\$1,000.00 3 55.6 %")
			.containsPattern("120\\+ \\$800.00 \\$0.00 \\$800.00 1 44.4 %")
			.containsPattern("Total \\$1,700.00 \\$100.00 \\$1,800.00 4 100.0 %");
		assertThat(text).as("the escalation with its status, without the firm's note")
			.contains("RPT-4", "Acknowledged");
		assertThat(text).as("trend issue with root cause and preventive action")
			.contains("Front desk skips the eligibility check", "Check eligibility at check-in");
		assertThat(text).as("the week's touch").containsPattern("Touches \\(payer calls, portal checks, letters\\) 1");
		assertThat(text).doesNotContain("INTERNAL-NOTE-XYZ", "INTERNAL-ESC-NOTE", "trend.owner.secret", "specialist",
				"DOE", "JANE", "MBR", "priority", "score");
	}

	@Test
	void theReportsFiguresEqualTheDashboardsKpisForTheSamePeriod() throws Exception {
		String text = text(generateAsManager());
		KpiReport kpis = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.kpis.kpis(LAKEVIEW, WEEK.from(), WEEK.to()));
		KpiReport.KpiFigures f = kpis.figures();
		assertThat(f.cashCollected()).isEqualByComparingTo("1100.00");
		assertThat(f.cashRecovered()).isEqualByComparingTo("1100.00");
		assertThat(f.cashRecoveredOver90()).isEqualByComparingTo("400.00");
		assertThat(text).contains(Formats.money(f.cashCollected()), Formats.money(f.cashRecovered()));
		assertThat(text).containsPattern("Days in A/R \\(adjusted\\) "
				+ java.util.regex.Pattern.quote(f.daysInAr().setScale(1).toPlainString()) + " days");
		assertThat(text)
			.containsPattern("A/R over 90 days " + java.util.regex.Pattern.quote(Formats.percent(f.arOver90Percent())));
		assertThat(text).containsPattern(
				"Net collection rate " + java.util.regex.Pattern.quote(Formats.percent(f.netCollectionRate())));
		assertThat(text).containsPattern(
				"Initial denial rate " + java.util.regex.Pattern.quote(Formats.percent(f.initialDenialRate())));
		assertThat(text)
			.containsPattern("Clean claim rate " + java.util.regex.Pattern.quote(Formats.percent(f.cleanClaimRate())));
		assertThat(text).as("A/R total as of the period end")
			.containsPattern("Total .*" + java.util.regex.Pattern.quote(Formats.money(kpis.basis().totalAr())));
	}

	@Test
	void theJobBuildsTheWeekJustClosedAndMailsEachRecipientOnceEvenWhenRunAgain() throws Exception {
		int first = this.jobs.build(LAKEVIEW.value());
		int again = this.jobs.build(LAKEVIEW.value());

		assertThat(first).as("weekly and monthly, one recipient").isEqualTo(2);
		assertThat(again).as("a retry or rerun mails nobody twice").isZero();
		List<MimeMessage> weekly = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> subject(m).contains("weekly") && subject(m).contains("Week 2026-W47"))
			.toList();
		assertThat(weekly).hasSize(1);
		assertThat(weekly.getFirst().getAllRecipients()[0].toString()).isEqualTo(RECIPIENT);
		String body = GreenMailUtil.getBody(weekly.getFirst());
		assertThat(body).contains("/reports", "Lakeview Orthopedics").doesNotContain("RPT-", "DOE", "JANE", "MBR");
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter((m) -> subject(m).contains("October 2026")))
			.as("the monthly report of the month just closed")
			.hasSize(1);
		List<ArchivedReport> archive = AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.reports.archive(LAKEVIEW));
		assertThat(archive).extracting((r) -> r.period().key()).contains("2026-W47", "2026-10");
		assertThat(archive).allSatisfy((r) -> assertThat(r.sha256()).hasSize(64));
	}

	@Test
	void thePracticesViewerReadsItsReportsAndAnotherPracticesViewerFindsNone() throws Exception {
		ArchivedReport report = generateAsManager();
		ApiClient api = new ApiClient(this.port);
		String base = "/api/v1/clients/lakeview-ortho/reports";

		HttpResponse<String> list = api.get("viewer.lakeview-ortho", base);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"period\":\"2026-W47\"");
		HttpResponse<byte[]> pdf = bytes(api, "viewer.lakeview-ortho", base + "/weekly.pdf?week=2026-W47");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/pdf"));
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(bytes(api, "viewer.lakeview-ortho", base + "/" + report.id() + ".pdf").statusCode()).isEqualTo(200);

		for (String path : List.of(base, base + "/weekly.pdf", base + "/weekly.pdf?week=2026-W47",
				base + "/monthly.pdf", base + "/" + report.id() + ".pdf")) {
			assertThat(api.get("viewer.northside-family", path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(
				api.get("viewer.northside-family", "/api/v1/clients/northside-family/reports/" + report.id() + ".pdf")
					.statusCode())
			.as("Lakeview's report id in Northside's archive")
			.isEqualTo(404);
		// building a report is the firm's: refused to every viewer, whichever client
		assertThat(api.postJson("viewer.northside-family", base + "/weekly?week=2026-W46", "").statusCode())
			.isEqualTo(403);
		assertThat(api.postJson("viewer.lakeview-ortho", base + "/weekly?week=2026-W46", "").statusCode())
			.as("viewers read reports, they do not build them")
			.isEqualTo(403);
	}

	@Test
	void aBadWeekOrMonthIsRefusedNamingTheParameterAndAnUnknownPeriodIsNotFound() {
		ApiClient api = new ApiClient(this.port);
		String base = "/api/v1/clients/lakeview-ortho/reports";
		for (String week : List.of("2026-W60", "2026-47", "last", "2026-W00", "2025-W53")) {
			HttpResponse<String> bad = api.get("manager", base + "/weekly.pdf?week=" + week);
			assertThat(bad.statusCode()).as(week).isEqualTo(400);
			assertThat(bad.body()).as(week).contains("\"field\":\"week\"");
		}
		HttpResponse<String> badMonth = api.get("manager", base + "/monthly.pdf?month=2026-13");
		assertThat(badMonth.statusCode()).isEqualTo(400);
		assertThat(badMonth.body()).contains("\"field\":\"month\"");
		assertThat(api.get("manager", base + "/weekly.pdf?week=2019-W01").statusCode()).isEqualTo(404);
		assertThat(api.get("manager", base + "/999999.pdf").statusCode()).isEqualTo(404);
		HttpResponse<String> open = api.postJson("manager", base + "/weekly?week=2026-W48", "");
		assertThat(open.statusCode()).as("the week of 11/25 has not ended").isEqualTo(400);
		assertThat(open.body()).contains("\"field\":\"week\"");
		HttpResponse<String> built = api.postJson("manager", base + "/weekly?week=2026-W46", "");
		assertThat(built.statusCode()).isEqualTo(201);
		assertThat(built.body()).contains("\"period\":\"2026-W46\"", "\"trigger\":\"ON_DEMAND\"");
	}

	private ArchivedReport generateAsManager() {
		return AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.reports.generate(LAKEVIEW, WEEK));
	}

	private String text(ArchivedReport report) throws Exception {
		byte[] pdf = AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER", () -> this.reports.pdf(LAKEVIEW, WEEK))
			.pdf();
		assertThat(sha256(pdf)).isEqualTo(report.sha256());
		Path out = Path.of("target", "reports");
		Files.createDirectories(out);
		Files.write(out.resolve("lakeview-2026-W47.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private void post(String name, byte[] content) {
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports.importFile(LAKEVIEW, name, content, ImportProgress.none()).status())
					.as(name)
					.isEqualTo(ImportStatus.POSTED));
	}

	private void remittance(String trace, LocalDate paidOn, java.util.function.Consumer<X12Builder> payments) {
		X12Builder file = X12Builder.remittance835("ACME HEALTH", "ACME1", trace, "0.00");
		payments.accept(file);
		String text = new String(file.build(LAKEVIEW), StandardCharsets.UTF_8).replace("DA*98765*20260210",
				"DA*98765*" + paidOn.format(DateTimeFormatter.BASIC_ISO_DATE));
		post(trace + ".835", text.getBytes(StandardCharsets.UTF_8));
	}

	private void followUp(String claimNumber, ZonedDateTime at, String internalNote) {
		inSchema(() -> this.jdbc
			.sql("""
					insert into follow_up (claim_id, logged_at, logged_by, channel, outcome, note, internal, next_action_date)
					select id, :at, 'specialist', 'CALL', 'IN_PROCESS', :note, :internal, :next
					from claim where claim_number = :number""")
			.param("at", Timestamp.from(at.toInstant()))
			.param("note", internalNote)
			.param("internal", internalNote != null)
			.param("next", at.toLocalDate().plusDays(14))
			.param("number", claimNumber)
			.update());
	}

	private void trendIssue() {
		inSchema(() -> this.jdbc.sql("""
				insert into trend_issue (pattern_key, kind, what, status, claim_count, at_stake, owner, due_date,
				  root_cause, preventive_action, detected_at, last_seen_at)
				values ('report-test', 'REPEATED_DENIALS', 'ACME HEALTH denies CO-197 repeatedly', 'IN_PROGRESS', 1,
				  300.00, 'trend.owner.secret', :due, 'Front desk skips the eligibility check',
				  'Check eligibility at check-in', :at, :at)""")
			.param("due", LocalDate.of(2026, 12, 1))
			.param("at", Timestamp.from(ZonedDateTime.of(2026, 11, 19, 8, 0, 0, 0, DENVER).toInstant()))
			.update());
	}

	private void inSchema(Runnable work) {
		TenantContext.callAs(LAKEVIEW, () -> this.transaction.execute((status) -> {
			work.run();
			return null;
		}));
	}

	private static HttpResponse<byte[]> bytes(ApiClient api, String user, String path) throws Exception {
		String auth = java.util.Base64.getEncoder()
			.encodeToString((user + ":" + "demo").getBytes(StandardCharsets.UTF_8));
		return java.net.http.HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
				.header("Authorization", "Basic " + auth)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private void moveTo(ZonedDateTime target) {
		this.clock.advance(Duration.between(this.clock.instant(), target.toInstant()));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
