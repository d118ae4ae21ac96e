package io.ardesk.security.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API tokens page in a real (headless) Chromium: a specialist creates a token, sees
 * it once, closes the dialog and finds it listed without the token itself.
 */
@ArdeskIntegrationTest
class ApiTokensBrowserTest extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	WebDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		this.driver = HeadlessChromium.start(this.profile, "1280,800");
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void aSpecialistCreatesATokenAndSeesItOnce() throws IOException {
		this.driver.get("http://localhost:" + this.port + "/api-tokens");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("specialist2");
		this.driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("new-token"))).click();

		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#token-name input")))
			.sendKeys("Browser dialer");
		this.driver.findElement(By.id("create-token")).click();
		this.wait.until(ExpectedConditions.attributeContains(By.id("new-token-value"), "value", "ardk_"));
		String token = this.driver.findElement(By.id("new-token-value")).getDomProperty("value");
		screenshot("api-token-shown-once.png");
		this.driver.findElement(By.id("token-done")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-grid"), "Browser dialer"));
		String grid = this.driver.findElement(By.id("tokens-grid")).getText();
		assertThat(grid).contains("Browser dialer", token.substring(0, 12), "Read and write", "Never", "Active")
			.doesNotContain(token);
		Object widths = ((JavascriptExecutor) this.driver)
			.executeScript("const table = document.querySelector('#tokens-grid').shadowRoot.querySelector('#table');"
					+ "return [table.scrollWidth, table.clientWidth];");
		assertThat(widths).as("the grid's [content, visible] width: no horizontal scroll bar")
			.asList()
			.satisfies((pair) -> assertThat(((Number) pair.get(0)).intValue())
				.isLessThanOrEqualTo(((Number) pair.get(1)).intValue()));
		screenshot("api-tokens.png");
	}

	private void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

}
