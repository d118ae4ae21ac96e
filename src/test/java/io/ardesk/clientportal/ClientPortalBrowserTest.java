package io.ardesk.clientportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.reports.ClientReports;
import io.ardesk.reports.ReportKind;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import io.ardesk.worklist.ClaimActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real (headless) Chromium, the practice's viewer signs in and lands on its
 * dashboard with the portal's menu only, is refused a firm page, answers a document
 * request by uploading a PDF, and flags a claim from the claim page (the form states the
 * SLA; the escalation page shows it open), then downloads the weekly report from its
 * report archive (built on demand by the firm first when the archive has none) and gets a
 * PDF. Screenshots in {@code target/screenshots/portal-*.png}.
 */
@ArdeskIntegrationTest
class ClientPortalBrowserTest extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@LocalServerPort
	int port;

	@Autowired
	FileImports imports;

	@Autowired
	ClaimActions actions;

	@Autowired
	ClientReports reports;

	@TempDir
	Path profile;

	@TempDir
	Path uploads;

	ChromeDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theViewerLandsOnItsDashboardUploadsADocumentFlagsAClaimAndDownloadsTheWeeklyReport() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("PORTAL-1", "P", "1", DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now().minusDays(30)),
					"2750.00")
			.claim("PORTAL-2", "P", "1", DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now().minusDays(20)),
					"180.00");
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			assertThat(this.imports.importFile(LAKEVIEW, "PORTAL.837", file.build(LAKEVIEW), ImportProgress.none())
				.status()).isEqualTo(ImportStatus.POSTED);
			this.actions.requestDocuments(LAKEVIEW, "PORTAL-2", "Signed referral from the PCP",
					LocalDate.now().plusDays(7));
		});

		this.browser = HeadlessChromium.start(this.profile, "1440,900");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		this.browser.get(base() + "/");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("viewer.lakeview-ortho");
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-title")));
		assertThat(this.browser.getCurrentUrl()).contains("/practice");
		WebElement nav = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-navigation")));
		List<String> menu = nav.findElements(By.tagName("vaadin-side-nav-item"))
			.stream()
			.map((item) -> item.getText().strip())
			.toList();
		assertThat(menu).containsExactly("Dashboard", "Claims", "Aging", "Escalations", "Documents", "Reports");
		assertThat(this.browser.findElement(By.id("tile-ar")).getText()).contains("A/R")
			.containsPattern("\\$[\\d,]+\\.\\d\\d");
		assertThat(this.browser.findElement(By.id("practice-documents")).getText()).contains("PORTAL-2");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ardesk-echart[rendered]")));
		screenshot("portal-dashboard.png");

		this.browser.get(base() + "/work");
		wait.until((driver) -> !driver.findElements(By.tagName("vaadin-app-layout")).isEmpty()
				|| driver.getPageSource().contains("Could not navigate"));
		assertThat(this.browser.findElements(By.id("work-tabs"))).as("My work is the firm's").isEmpty();
		screenshot("portal-firm-page-refused.png");

		this.browser.get(base() + "/documents");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-requests"), "PORTAL-2"));
		this.browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='PORTAL-2']")).click();
		WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-upload")));
		fileInputOf(upload, wait).sendKeys(pdf().toAbsolutePath().toString());
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-files"), "referral.pdf"));
		assertThat(this.browser.findElement(By.id("document-files")).getText()).contains("application/pdf");
		screenshot("portal-documents.png");

		this.browser.get(base() + "/claims/PORTAL-1");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("flag-for-escalation"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("flag-reason"))).click();
		wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='Patient complaint']"))).click();
		this.browser.findElement(By.cssSelector("#flag-comment textarea")).sendKeys("The patient called us twice");
		assertThat(this.browser.findElement(By.id("flag-sla")).getText()).contains("acknowledges within");
		screenshot("portal-flag.png");
		this.browser.findElement(By.id("flag-save")).click();
		wait.until(ExpectedConditions.textToBe(By.id("escalation-status"), "Open"));
		assertThat(this.browser.findElement(By.id("escalation-title")).getText()).contains("PORTAL-1");
		assertThat(this.browser.findElements(By.id("escalation-acknowledge"))).as("the practice cannot acknowledge")
			.isEmpty();
		screenshot("portal-flagged.png");

		// The firm builds last week's report on demand (a viewer may not) unless the
		// archive holds a weekly one already.
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			if (this.reports.archive(LAKEVIEW).stream().noneMatch((r) -> r.kind() == ReportKind.WEEKLY)) {
				this.reports.generate(LAKEVIEW, ReportPeriod.ofWeek(this.reports.today(LAKEVIEW).minusDays(7)));
			}
		});
		this.browser.get(base() + "/reports");
		WebElement download = wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#report-archive a[aria-label^='Download the report of Week']")));
		assertThat(this.browser.findElements(By.id("generate-report"))).as("only the firm builds reports").isEmpty();
		screenshot("portal-reports.png");
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		// Fetches the link the viewer clicks, with the viewer's session.
		Object magic = ((JavascriptExecutor) this.browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];" + "fetch(arguments[0], { credentials: 'same-origin' })"
						+ ".then((r) => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))"
						+ ".then((b) => done(String.fromCharCode(...new Uint8Array(b).slice(0, 4))))"
						+ ".catch((e) => done('failed: ' + e));",
				download.getAttribute("href"));
		assertThat(magic).isEqualTo("%PDF");
	}

	private Path pdf() throws IOException {
		Path pdf = this.uploads.resolve("referral.pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII));
		return pdf;
	}

	/** The upload's hidden file input, wherever this Vaadin version renders it. */
	private static WebElement fileInputOf(WebElement upload, WebDriverWait wait) {
		return wait.until((driver) -> (WebElement) ((JavascriptExecutor) driver)
			.executeScript("const upload = arguments[0];" + "return upload.querySelector('input[type=file]')"
					+ " || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))"
					+ " || document.querySelector('input[type=file]');", upload));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name), this.browser.getScreenshotAs(OutputType.BYTES));
	}

}
