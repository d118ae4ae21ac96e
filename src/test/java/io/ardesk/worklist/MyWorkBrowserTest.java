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
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
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
 * A specialist's morning in a real (headless) Chromium at 1440×900: My work shows the
 * true count and at least ten claims at once, the grid has the keyboard, Enter opens the
 * top claim, a logged payer call with "Save & next" opens the second claim of the list.
 * Needs Debian's {@code chromium} and {@code chromium-driver}; fails, never skips, when
 * they are missing.
 */
@ArdeskIntegrationTest
class MyWorkBrowserTest extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimWorkspace workspace;

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	WebDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void seedClaimsAndStartBrowser() throws IOException {
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			X12Builder claims = X12Builder.claims837("ACME HEALTH WITH A VERY LONG PLAN NAME FOR THE GRID", "ACME1");
			for (int i = 1; i <= 14; i++) {
				claims.claim("MW-" + i, "P", "1", served(20 + 9 * i), (150 + 410 * i) + ".00");
			}
			this.imports.importFile(LAKEVIEW, "my-work.837", claims.build(LAKEVIEW), ImportProgress.none());
		});
		Files.createDirectories(SCREENSHOTS);
		this.driver = HeadlessChromium.start(this.profile, "1440,900");
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void specialistOpensTheTopClaimLogsACallAndSaveAndNextOpensTheSecond() throws IOException {
		List<WorkItem> expected = AsUser.call("specialist", "AR_SPECIALIST", () -> this.queue.myWork(200));
		assertThat(expected).as("the specialist owns the seeded claims").hasSizeGreaterThanOrEqualTo(12);
		String top = expected.get(0).claimNumber();
		String second = expected.get(1).claimNumber();
		long due = AsUser.call("specialist", "AR_SPECIALIST", () -> this.queue.myWork(QueueFilter.owner(null), 0, 1))
			.totalCount();
		signIn("specialist");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));

		this.driver.get("http://localhost:" + this.port + "/work");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-work-grid"), top));
		assertThat(this.driver.findElement(By.id("my-work-count")).getText()).startsWith(due + " claims, $")
			.endsWith(" due");
		screenshot("my-work-1440x900.png");
		assertThat(visibleRows()).as("rows fully visible at 1440×900").isGreaterThanOrEqualTo(10);
		Object widths = js("const table = document.querySelector('#my-work-grid').shadowRoot.querySelector('#table');"
				+ "return [table.scrollWidth, table.clientWidth];");
		assertThat(widths).as("the grid's [content, visible] width: no horizontal scroll bar")
			.asList()
			.satisfies((pair) -> assertThat(((Number) pair.get(0)).intValue())
				.isLessThanOrEqualTo(((Number) pair.get(1)).intValue()));
		assertThat(js("const active = document.activeElement;"
				+ "return active != null && (active.id === 'my-work-grid' || active.closest('#my-work-grid') != null);"))
			.as("the grid has the keyboard on load")
			.isEqualTo(true);

		// The keyboard is in the grid: down to the first claim if on the header, Enter
		// opens it.
		if (Boolean.TRUE.equals(js("const active = document.querySelector('#my-work-grid').shadowRoot.activeElement;"
				+ "return active != null && active.closest('thead') != null;"))) {
			new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(Keys.ARROW_DOWN).perform();
		}
		new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(Keys.ENTER).perform();

		this.wait.until(ExpectedConditions.textToBe(By.id("workspace-claim-number"), "Claim " + top));
		assertThat(this.driver.findElement(By.id("call-member-id")).getText()).isEqualTo("MBR" + top);
		assertThat(this.driver.findElement(By.id("call-dob")).getText()).isEqualTo("01/01/1970");
		LocalDate next = LocalDate.now(ZoneId.of("America/Denver")).plusDays(3);
		this.driver.findElement(By.cssSelector("#follow-up-rep input")).sendKeys("Dana at ACME");
		this.driver.findElement(By.cssSelector("#follow-up-reference input")).sendKeys("REF-12345");
		WebElement date = this.driver.findElement(By.cssSelector("#follow-up-next-action input"));
		date.sendKeys(Keys.chord(Keys.CONTROL, "a"), next.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")),
				Keys.ENTER);
		screenshot("claim-workspace-1440x900.png");
		this.driver.findElement(By.id("save-and-next")).click();

		this.wait.until(ExpectedConditions.textToBe(By.id("workspace-claim-number"), "Claim " + second));
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.queue.myWork(200)))
			.as("the logged claim left My work")
			.extracting(WorkItem::claimNumber)
			.doesNotContain(top)
			.contains(second);
		WorkspaceState worked = AsUser.call("specialist", "AR_SPECIALIST", () -> this.workspace.state(LAKEVIEW, top))
			.orElseThrow();
		assertThat(worked.workStatus()).isEqualTo(WorkStatus.WAITING_ON_PAYER);
		assertThat(worked.followUps()).extracting(FollowUpRecord::callReference).containsExactly("REF-12345");
	}

	private long visibleRows() {
		Object count = js("const grid = document.querySelector('#my-work-grid');"
				+ "const box = grid.getBoundingClientRect();"
				+ "const header = grid.shadowRoot.querySelector('thead').getBoundingClientRect();"
				+ "return [...grid.shadowRoot.querySelectorAll('tbody#items tr')].filter((row) => {"
				+ "  const r = row.getBoundingClientRect();"
				+ "  return !row.hidden && r.height > 0 && r.top >= header.bottom - 1 && r.bottom <= box.bottom + 1"
				+ "    && r.bottom <= window.innerHeight + 1;" + "}).length;");
		return ((Number) count).longValue();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) this.driver).executeScript(script);
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

	private static String served(int daysAgo) {
		return LocalDate.now(ZoneId.of("America/Denver")).minusDays(daysAgo).format(DateTimeFormatter.BASIC_ISO_DATE);
	}

}
