package io.ardesk.escalation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.NotificationRequest;
import io.ardesk.notifications.Notifications;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.MovableClock;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real (headless) Chromium: the practice's viewer flags a claim from the claim page;
 * the account manager sees the bell's count rise, opens the notification and acknowledges
 * the escalation, which the viewer then sees acknowledged. Screenshots in
 * {@code target/screenshots/escalation-*.png}.
 */
@ArdeskIntegrationTest
@Import(MovableClock.Config.class)
class EscalationBrowserTest extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	FileImports imports;

	@Autowired
	Notifications notifications;

	@TempDir
	Path viewerProfile;

	@TempDir
	Path managerProfile;

	WebDriver viewer;

	WebDriver manager;

	@AfterEach
	void stopBrowsers() {
		if (this.viewer != null) {
			this.viewer.quit();
		}
		if (this.manager != null) {
			this.manager.quit();
		}
	}

	@Test
	void theViewerFlagsAClaimAndTheManagerSeesTheBellRiseOpensItAndAcknowledges() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("BRW-1", "P", "1",
					java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.now().minusDays(30)),
					"2750.00");
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports
					.importFile(ClientId.of("lakeview-ortho"), "BRW.837", file.build(ClientId.of("lakeview-ortho")),
							ImportProgress.none())
					.status()).isEqualTo(ImportStatus.POSTED));

		this.manager = HeadlessChromium.start(this.managerProfile, "1440,900");
		WebDriverWait managerWait = new WebDriverWait(this.manager, Duration.ofSeconds(60));
		signIn(this.manager, managerWait, "manager");
		managerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
		int before = unread(this.manager);

		this.viewer = HeadlessChromium.start(this.viewerProfile, "1440,900");
		WebDriverWait viewerWait = new WebDriverWait(this.viewer, Duration.ofSeconds(60));
		signIn(this.viewer, viewerWait, "viewer.lakeview-ortho");
		viewerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-switcher")));
		this.viewer.get(base() + "/claims/BRW-1");
		viewerWait.until(ExpectedConditions.elementToBeClickable(By.id("flag-for-escalation"))).click();
		viewerWait.until(ExpectedConditions.elementToBeClickable(By.id("flag-reason"))).click();
		viewerWait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='Patient complaint']")))
			.click();
		this.viewer.findElement(By.cssSelector("#flag-comment textarea")).sendKeys("The patient called us twice");
		screenshot(this.viewer, "escalation-viewer-flags.png");
		this.viewer.findElement(By.id("flag-save")).click();
		viewerWait.until(ExpectedConditions.textToBe(By.id("escalation-status"), "Open"));
		assertThat(this.viewer.findElement(By.id("escalation-title")).getText()).contains("BRW-1");
		assertThat(this.viewer.findElements(By.id("escalation-acknowledge"))).as("viewers cannot acknowledge")
			.isEmpty();
		screenshot(this.viewer, "escalation-viewer-flagged.png");

		// The announcement is a background job; the bell is read again at each page.
		long until = System.currentTimeMillis() + 90_000;
		while (unread(this.manager) <= before && System.currentTimeMillis() < until) {
			Thread.sleep(2000);
			this.manager.get(base() + "/");
			managerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
		}
		assertThat(unread(this.manager)).isGreaterThan(before);
		screenshot(this.manager, "escalation-manager-bell.png");

		this.manager.findElement(By.id("notification-bell")).click();
		managerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"), "BRW-1"));
		screenshot(this.manager, "escalation-manager-notifications.png");
		managerWait
			.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), 'Claim BRW-1')]")))
			.click();
		managerWait.until(ExpectedConditions.textToBe(By.id("escalation-status"), "Open"));
		managerWait.until(ExpectedConditions.elementToBeClickable(By.id("escalation-acknowledge"))).click();
		managerWait.until(ExpectedConditions.textToBe(By.id("escalation-status"), "Acknowledged"));
		assertThat(this.manager.findElement(By.id("escalation-facts")).getText()).contains("Acknowledged",
				"by manager");
		screenshot(this.manager, "escalation-manager-acknowledged.png");

		this.viewer.navigate().refresh();
		viewerWait.until(ExpectedConditions.textToBe(By.id("escalation-status"), "Acknowledged"));
	}

	@Test
	void aNotificationAboutSeveralClaimsShowsThemOnDemandAndOpensTheClientsWorklist() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		// as the no-response job writes one for an owner with several silent claims
		this.notifications.sendAll(List.of(new NotificationRequest("manager", NotificationKind.NO_RESPONSE,
				"test:browser-list:manager", ClientId.of("lakeview-ortho"), null, null,
				"2 claims of Lakeview Orthopedics with no response from the payer",
				"LST-1: submitted 10/01/2026, no answer by 10/22/2026\n"
						+ "LST-2: submitted 10/02/2026, no answer by 10/23/2026\n\n"
						+ "No remittance and no follow-up: call the payer or check its portal.")));

		this.manager = HeadlessChromium.start(this.managerProfile, "1440,900");
		WebDriverWait wait = new WebDriverWait(this.manager, Duration.ofSeconds(60));
		signIn(this.manager, wait, "manager");
		this.manager.get(base() + "/notifications");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"),
				"2 claims of Lakeview Orthopedics"));
		assertThat(this.manager.findElement(By.id("notifications")).getText()).doesNotContain("LST-2: submitted");

		WebElement show = wait.until((d) -> d.findElements(By.cssSelector("#notifications vaadin-button"))
			.stream()
			.filter((b) -> b.getText().contains("Show claims"))
			.findFirst()
			.orElse(null));
		show.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"),
				"LST-2: submitted 10/02/2026, no answer by 10/23/2026"));
		screenshot(this.manager, "notification-list-of-claims.png");
		assertThat(this.manager.getCurrentUrl()).as("showing the claims stays on the page").endsWith("/notifications");

		this.manager.findElements(By.cssSelector("#notifications vaadin-grid-cell-content"))
			.stream()
			.filter((c) -> c.getText().startsWith("2 claims of Lakeview Orthopedics"))
			.findFirst()
			.orElseThrow()
			.click();
		wait.until(ExpectedConditions.urlMatches(".*/work$"));
	}

	private int unread(WebDriver driver) {
		var badge = driver.findElements(By.id("notification-count"));
		if (badge.isEmpty() || !badge.getFirst().isDisplayed()) {
			return 0;
		}
		String text = badge.getFirst().getText().strip();
		return text.isEmpty() ? 0 : Integer.parseInt(text);
	}

	private void signIn(WebDriver driver, WebDriverWait wait, String user) {
		driver.get(base() + "/");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-switcher")));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static void screenshot(WebDriver driver, String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
