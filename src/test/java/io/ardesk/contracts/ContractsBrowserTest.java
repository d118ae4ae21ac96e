package io.ardesk.contracts;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Contracts page in a real Chromium, as Lakeview's account manager: the fee schedule,
 * the underpaid line with its variance, and the change history. Screenshots land in
 * {@code target/screenshots/}.
 */
@ArdeskIntegrationTest
class ContractsBrowserTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	FileImports imports;

	@Autowired
	FeeSchedules schedules;

	ChromeDriver browser;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("ardesk-chromium-");
		this.browser = HeadlessChromium.start(this.profile, "1440,900");
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void aManagerSeesTheScheduleTheUnderpaidLineAndWhoChangedWhat() {
		post(X12Builder.claims837("CONTRACT HEALTH", "CBH1").claim("CB-1", "P", "1", "20260105", "200.00"));
		AsUser.run("manager", "ACCOUNT_MANAGER",
				() -> this.schedules.importCsv(LAKEVIEW,
						("payer_id,procedure_code,modifier,allowed_amount,effective_from,effective_to\n"
								+ "CBH1,99211,,88.00,01/01/2026,\nCBH1,99211,25,95.00,01/01/2026,12/31/2026\n")
							.getBytes(StandardCharsets.UTF_8)));
		post(X12Builder.remittance835("CONTRACT HEALTH", "CBH1", "TRN-CB-1", "71.40")
			.payment("CB-1", "1", "200.00", "71.40", "0.00")
			.then("SVC*HC:99211*200.00*71.40**1", "DTM*472*20260105", "CAS*CO*45*128.60"));

		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(90));
		String base = "http://localhost:" + this.port;
		this.browser.get(base + "/login");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
			.sendKeys("manager");
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-switcher")));

		this.browser.get(base + "/contracts");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fee-schedules"), "CBH1"));
		assertThat(this.browser.findElement(By.id("fee-schedules")).getText()).contains("CONTRACT HEALTH", "$88.00",
				"$95.00", "12/31/2026");
		screenshot("contracts-fee-schedules.png");

		tab("Underpayments").click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("underpayments"), "CB-1"));
		assertThat(this.browser.findElement(By.id("underpayments")).getText()).contains("$88.00", "$71.40", "$16.60");
		screenshot("contracts-underpayments.png");

		tab("Change history").click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fee-schedule-changes"), "CBH1"));
		assertThat(this.browser.findElement(By.id("fee-schedule-changes")).getText()).contains("manager", "imported");
		screenshot("contracts-change-history.png");
	}

	private WebElement tab(String label) {
		return this.browser.findElements(By.cssSelector("vaadin-tab"))
			.stream()
			.filter((tab) -> tab.getText().startsWith(label))
			.findFirst()
			.orElseThrow();
	}

	private void post(X12Builder file) {
		assertThat(
				AsUser
					.call("manager", "ACCOUNT_MANAGER",
							() -> this.imports.importFile(LAKEVIEW, "browser.x12", file.build(LAKEVIEW),
									ImportProgress.none()))
					.status())
			.isEqualTo(ImportStatus.POSTED);
	}

	private void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name), this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
