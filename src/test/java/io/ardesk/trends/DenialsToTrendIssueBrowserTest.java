package io.ardesk.trends;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import io.ardesk.denials.DenialFixtures;
import io.ardesk.imports.FileImports;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.AsUser;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager in a real (headless) Chromium: the Denials page with its charts and table, on
 * to the trend issues, into the issue detected from those denials, and assigns it to a
 * specialist. Fails, never skips, without Debian's chromium and chromedriver.
 */
@ArdeskIntegrationTest
class DenialsToTrendIssueBrowserTest extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	FileImports imports;

	@Autowired
	TrendIssues issues;

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	WebDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void seedDenialsAndStartBrowser() throws IOException {
		DenialFixtures fixtures = new DenialFixtures(this.imports, LAKEVIEW);
		fixtures.claims("BROWSER HEALTH", "BRH1", "BT", 6, "250.00");
		X12Builder remittance = DenialFixtures.remittance("BROWSER HEALTH", "BRH1", "TRBT1");
		for (int i = 1; i <= 6; i++) {
			remittance.payment("BT-" + i, "4", "250.00", "0.00", "0.00", "CO-197:250.00");
		}
		fixtures.post(remittance, "TRBT1", LocalDate.now(ZoneId.of("America/Denver")).minusDays(3));
		AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.issues.scan(LAKEVIEW));
		Files.createDirectories(SCREENSHOTS);
		this.driver = HeadlessChromium.start(this.profile, "1440,1000");
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void managerOpensDenialsDrillsIntoTheTrendIssueAndAssignsIt() throws IOException {
		TrendIssue issue = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.issues.issues(LAKEVIEW, null))
			.stream()
			.filter((candidate) -> candidate.patternKey().equals("REPEATED_DENIALS|BROWSER HEALTH|CO-197"))
			.findFirst()
			.orElseThrow();
		signIn("manager");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-switcher")));

		this.driver.get("http://localhost:" + this.port + "/denials");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("denials-table"), "BROWSER HEALTH"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ardesk-echart[rendered]")));
		assertThat(this.driver.findElement(By.id("denial-totals")).getText()).contains("denied on");
		screenshot("denials.png");

		assertThat(this.driver.findElement(By.id("to-trend-issues")).getAttribute("href")).endsWith("/trend-issues");
		this.driver.get("http://localhost:" + this.port + "/trend-issues");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trend-issues")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trend-issues"), "BROWSER HEALTH"));
		screenshot("trend-issues-page.png");
		this.driver.get("http://localhost:" + this.port + "/trend-issues/" + issue.id());
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trend-claims"), "BT-1"));
		screenshot("trend-issue-detail.png");

		WebElement owner = this.driver.findElement(By.cssSelector("#trend-owner input"));
		owner.sendKeys("specialist");
		owner.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-combo-box-overlay")));
		WebElement save = this.driver.findElement(By.id("trend-save"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
		this.wait.until(ExpectedConditions.elementToBeClickable(save)).click();
		this.wait.until((d) -> "specialist"
			.equals(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.issues.issue(LAKEVIEW, issue.id())).owner()));
		screenshot("trend-issue-assigned.png");
	}

	private void signIn(String user) {
		this.driver.get("http://localhost:" + this.port + "/");
		WebElement username = this.wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		username.sendKeys(user);
		this.driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
	}

	private void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name), png);
	}

}
