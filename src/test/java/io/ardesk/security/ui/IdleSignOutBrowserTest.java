package io.ardesk.security.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic logoff in a real (headless) Chromium, with the idle timeout shortened to 5
 * seconds and heartbeats every second: a user who keeps working stays signed in past the
 * timeout; a tab left open without any action is signed out although its heartbeats go
 * on, and the login page says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ardesk.tenant-config=tenant-config", "ardesk.demo-data.enabled=false",
				"jobrunr.background-job-server.enabled=false", "ardesk.security.idle-timeout=5s",
				"vaadin.heartbeatInterval=1" })
@ActiveProfiles("demo")
class IdleSignOutBrowserTest extends IntegrationTestSupport {

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
	void anOpenTabWithoutActivityIsSignedOutWhileAWorkingUserStaysSignedIn() throws Exception {
		signIn("specialist");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));

		// Working: a client switch every second or so for longer than the 5 s timeout.
		String[] clients = { "Northside Family Medicine", "Lakeview Orthopedics" };
		long started = System.nanoTime();
		for (int step = 0; System.nanoTime() - started < 8_000_000_000L; step++) {
			Thread.sleep(1000);
			switchTo(clients[step % 2]);
		}
		assertThat(this.driver.getCurrentUrl()).as("still in the portal while working").doesNotContain("/login");

		// Idle: the tab stays open, heartbeats go on every second, nobody acts.
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login?idle"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-notice")));
		assertThat(this.driver.findElement(By.id("login-notice")).getText())
			.isEqualTo("You were signed out after 5 seconds without activity. Sign in again to continue.");
		screenshot("idle-sign-out.png");

		// Nobody is signed in on the login page: leaving it open ends nothing and reloads
		// nothing.
		Thread.sleep(7000);
		assertThat(this.driver.getCurrentUrl()).endsWith("/login?idle");
		assertThat(this.driver.findElement(By.id("login-notice")).isDisplayed()).isTrue();

		this.driver.get("http://localhost:" + this.port + "/");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		assertThat(this.driver.getCurrentUrl()).as("the sign-in is gone, not only the page").contains("/login");
	}

	private void switchTo(String client) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#client-switcher vaadin-select")))
			.click();
		this.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='" + client + "']")))
			.click();
		this.wait.until(ExpectedConditions.textToBe(By.id("client-name"), client));
	}

	/**
	 * Signs in; tries again if the login page reloaded meanwhile (an anonymous page is
	 * idle too, and this machine may take longer than the 5 s to render it).
	 */
	private void signIn(String user) {
		for (int attempt = 1;; attempt++) {
			try {
				this.driver.get("http://localhost:" + this.port + "/");
				this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
					.sendKeys(user);
				this.driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
				this.driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
				return;
			}
			catch (StaleElementReferenceException | NoSuchElementException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	private void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

}
