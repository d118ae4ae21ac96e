package io.ardesk.worklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A specialist's morning in a real (headless) Chromium: My work, open the top claim, log
 * a payer call, see it in the timeline. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; fails, never skips, when they are missing.
 */
@ArdeskIntegrationTest
class MyWorkBrowserTest extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	WebDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void seedClaimsAndStartBrowser() throws IOException {
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			X12Builder claims = X12Builder.claims837("ACME HEALTH", "ACME1")
				.claim("MW-1", "P", "1", "20260105", "180.00")
				.claim("MW-2", "P", "1", "20260301", "7400.00")
				.claim("MW-3", "P", "1", "20260610", "65.00", "40.00");
			this.imports.importFile(LAKEVIEW, "my-work.837", claims.build(LAKEVIEW), ImportProgress.none());
			this.queue.refresh(LAKEVIEW, true);
		});
		Files.createDirectories(SCREENSHOTS);
		this.driver = HeadlessChromium.start(this.profile, "1400,900");
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void specialistOpensTheTopClaimAndLogsAPayerCall() throws IOException {
		List<WorkItem> expected = AsUser.call("specialist", "AR_SPECIALIST", () -> this.queue.myWork(200));
		assertThat(expected).as("the specialist owns the seeded claims").isNotEmpty();
		String top = expected.getFirst().claimNumber();
		signIn("specialist");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));

		this.driver.get("http://localhost:" + this.port + "/work");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-work-grid"), top));
		assertThat(this.driver.findElement(By.id("my-work-grid")).getText()).contains("Lakeview Orthopedics", "$",
				"days old");
		screenshot("my-work.png");
		Object widths = ((JavascriptExecutor) this.driver)
			.executeScript("const table = document.querySelector('#my-work-grid').shadowRoot.querySelector('#table');"
					+ "return [table.scrollWidth, table.clientWidth];");
		assertThat(widths).as("the grid's [content, visible] width: no horizontal scroll bar")
			.asList()
			.satisfies((pair) -> assertThat(((Number) pair.get(0)).intValue())
				.isLessThanOrEqualTo(((Number) pair.get(1)).intValue()));

		new Actions(this.driver).doubleClick(payerCellOf(top)).perform();

		this.wait.until(ExpectedConditions.textToBe(By.id("workspace-claim-number"), "Claim " + top));
		LocalDate next = LocalDate.now(ZoneId.of("America/Denver")).plusDays(3);
		this.driver.findElement(By.cssSelector("#follow-up-rep input")).sendKeys("Dana at ACME");
		this.driver.findElement(By.cssSelector("#follow-up-reference input")).sendKeys("REF-12345");
		WebElement date = this.driver.findElement(By.cssSelector("#follow-up-next-action input"));
		date.sendKeys(Keys.chord(Keys.CONTROL, "a"), next.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")),
				Keys.ENTER);
		this.driver.findElement(By.id("save-follow-up")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "REF-12345"));
		assertThat(this.driver.findElement(By.id("timeline")).getText()).contains("Dana at ACME", "specialist",
				next.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
		screenshot("claim-workspace.png");
	}

	/** A plain cell of the claim's row: double-clicking it must open the workspace. */
	private WebElement payerCellOf(String claimNumber) {
		return (WebElement) ((JavascriptExecutor) this.driver).executeScript(
				"const button = [...document.querySelectorAll('#my-work-grid vaadin-button.open-workspace')]"
						+ ".find((b) => b.textContent.trim() === arguments[0]);"
						+ "const row = button.closest('vaadin-grid-cell-content').assignedSlot.closest('tr');"
						+ "return row.querySelectorAll('td')[2].querySelector('slot').assignedElements()[0];",
				claimNumber);
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
