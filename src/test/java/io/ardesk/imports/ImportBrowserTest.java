package io.ardesk.imports;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import io.ardesk.tenancy.ClientId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A specialist uploads an 835 in a real Chromium and sees what was posted. Uses the
 * Debian chromium and chromedriver; Selenium Manager must never download a browser.
 */
@ArdeskIntegrationTest
class ImportBrowserTest extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	ChromeDriver browser;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("ardesk-chromium-");
		this.browser = HeadlessChromium.start(this.profile, "1280,900");
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
	void specialistUploadsARemittanceAndSeesWhatWasPosted() throws IOException {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		String base = "http://localhost:" + this.port;
		this.browser.get(base + "/login");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
			.sendKeys("specialist");
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-switcher")));

		this.browser.get(base + "/imports");
		WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
		fileInputOf(upload, wait).sendKeys(remittance().toAbsolutePath().toString());

		WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-result")));
		WebElement status = result.findElement(By.cssSelector(".import-status"));
		assertThat(status.getAttribute("data-status")).isIn("POSTED", "DUPLICATE");
		assertThat(result.findElement(By.id("import-counts")).getText()).contains("Payments posted",
				"Unmatched payments");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-history"), "managed-care.835"));
		screenshot("import-result.png");
	}

	/** The upload's hidden file input, wherever this Vaadin version renders it. */
	private WebElement fileInputOf(WebElement upload, WebDriverWait wait) {
		return wait.until((driver) -> (WebElement) ((JavascriptExecutor) driver)
			.executeScript("const upload = arguments[0];" + "return upload.querySelector('input[type=file]')"
					+ " || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))"
					+ " || document.querySelector('input[type=file]');", upload));
	}

	/** A remittance to Lakeview's own practice, the specialist's first client. */
	private static Path remittance() throws IOException {
		Path file = Files.createTempDirectory("ardesk-upload-").resolve("managed-care.835");
		Files.write(file,
				X12Builder.remittance835("KEY INSURANCE", "99999", "TRN-BROWSER-1", "150.00")
					.payment("BR-1", "1", "100.00", "80.00", "20.00", "PR-1:20.00")
					.payment("BR-2", "1", "90.00", "70.00", "0.00", "CO-45:20.00")
					.build(ClientId.of("lakeview-ortho")));
		return file;
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
