package io.ardesk.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real (headless) Chromium, the account manager opens the weekly review across
 * clients, clicks Lakeview Orthopedics, reads its last completed week and records an
 * action item for a specialist, which the review then lists. Screenshots in
 * {@code target/screenshots/review-*.png}.
 */
@ArdeskIntegrationTest
class WeeklyReviewBrowserTest extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@LocalServerPort
	int port;

	@Autowired
	FileImports imports;

	@TempDir
	Path profile;

	ChromeDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theManagerOpensTheReviewAndRecordsAnActionItem() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("REVIEW-1", "P", "1", DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now().minusDays(40)),
					"6400.00")
			.claim("REVIEW-2", "P", "1", DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now().minusDays(25)),
					"310.00");
		AsUser.run("admin", "FIRM_ADMIN", () -> assertThat(
				this.imports.importFile(LAKEVIEW, "REVIEW.837", file.build(LAKEVIEW), ImportProgress.none()).status())
			.isEqualTo(ImportStatus.POSTED));

		this.browser = HeadlessChromium.start(this.profile, "1440,1000");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		this.browser.get(base() + "/");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("manager");
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-switcher")));

		this.browser.get(base() + "/reviews");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviews-grid"), "Lakeview Orthopedics"));
		assertThat(this.browser.findElement(By.id("reviews-grid")).getText()).contains("Northside")
			.contains("Riverside");
		screenshot("review-summary.png");
		this.browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Lakeview Orthopedics']"))
			.click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-aging")));
		assertThat(this.browser.getCurrentUrl()).contains("/review/");
		assertThat(this.browser.findElement(By.tagName("h2")).getText()).contains("Lakeview Orthopedics");
		assertThat(this.browser.findElement(By.id("review-aging")).getText()).contains("0-30")
			.contains("91-120")
			.containsPattern("\\$[\\d,]+\\.\\d\\d");
		assertThat(this.browser.findElement(By.id("review-roll-60-90")).getText()).startsWith("60 → 90");
		assertThat(this.browser.findElement(By.id("review-high-value")).getText()).contains("REVIEW-1");
		assertThat(this.browser.findElement(By.id("review-items-count")).getText()).startsWith("0 items");

		String text = "Call ACME about REVIEW-1 before it rolls";
		this.browser.findElement(By.cssSelector("#review-item-text input")).sendKeys(text);
		WebElement owner = this.browser.findElement(By.cssSelector("#review-item-owner input"));
		owner.sendKeys("specialist");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-combo-box-item")));
		owner.sendKeys(Keys.ENTER);
		String due = DateTimeFormatter.ofPattern("MM/dd/yyyy").format(LocalDate.now().plusDays(7));
		WebElement dueInput = this.browser.findElement(By.cssSelector("#review-item-due input"));
		dueInput.sendKeys(due);
		dueInput.sendKeys(Keys.ENTER);
		this.browser.findElement(By.id("review-item-add")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-items"), text));
		String items = this.browser.findElement(By.id("review-items")).getText();
		assertThat(items).contains("Action item").contains("specialist").contains(due).contains("Open");
		assertThat(this.browser.findElement(By.id("review-items-count")).getText()).startsWith("1 item ·")
			.contains("1 open action");
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('review-items').scrollIntoView()");
		screenshot("review-items.png");
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('review-week').scrollIntoView()");
		screenshot("review-page.png");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name), this.browser.getScreenshotAs(OutputType.BYTES));
	}

}
