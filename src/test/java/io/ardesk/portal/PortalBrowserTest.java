package io.ardesk.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real (headless) Chromium: sign in, see the overview, switch client.
 * Needs Debian's {@code chromium} and {@code chromium-driver}; fails, never skips, when
 * they are missing.
 */
@ArdeskIntegrationTest
class PortalBrowserTest extends IntegrationTestSupport {

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
	void specialistSignsInAndSwitchesToTheOtherClient() throws IOException {
		signIn("specialist", "portal-login.png");

		this.wait.until(ExpectedConditions.textToBe(By.id("client-name"), "Lakeview Orthopedics"));
		assertThat(this.driver.findElement(By.cssSelector(".current-user")).getText()).contains("Sam Specialist");
		Object spacing = ((JavascriptExecutor) this.driver)
			.executeScript("return getComputedStyle(document.documentElement).getPropertyValue('--lumo-space-m')");
		assertThat(String.valueOf(spacing)).as("the Lumo theme the views are styled with is loaded").isNotBlank();
		screenshot("portal-overview.png");

		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#client-switcher vaadin-select")))
			.click();
		this.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='Northside Family Medicine']")))
			.click();

		this.wait.until(ExpectedConditions.textToBe(By.id("client-name"), "Northside Family Medicine"));
		assertThat(this.driver.findElement(By.cssSelector("#client-switcher vaadin-select")).getText())
			.contains("Northside Family Medicine");
		screenshot("portal-after-switch.png");
	}

	@Test
	void adminSeesTheUsersPage() throws IOException {
		signIn("admin", null);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));

		this.driver.get("http://localhost:" + this.port + "/admin/users");

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "specialist"));
		assertThat(this.driver.findElement(By.tagName("vaadin-grid")).getText()).contains("Sam Specialist",
				"AR specialist", "Active");
		screenshot("portal-users.png");
		Object widths = ((JavascriptExecutor) this.driver)
			.executeScript("const table = document.querySelector('vaadin-grid').shadowRoot.querySelector('#table');"
					+ "return [table.scrollWidth, table.clientWidth];");
		assertThat(widths).as("the users grid's [content, visible] width: no horizontal scroll bar")
			.asList()
			.satisfies((pair) -> assertThat(((Number) pair.get(0)).intValue())
				.isLessThanOrEqualTo(((Number) pair.get(1)).intValue()));
	}

	@Test
	void anAddressThatIsNoPageShowsAnArdeskPageWithTheWayBackNotSpringsWhiteLabel() throws IOException {
		signIn("manager", null);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));

		this.driver.get("http://localhost:" + this.port + "/worklist");

		WebElement heading = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		assertThat(heading.getText()).isEqualTo("This page is not available");
		assertThat(this.driver.getTitle()).contains("ARdesk");
		assertThat(this.driver.getPageSource()).doesNotContain("Whitelabel").doesNotContain("status=403");
		screenshot("portal-unknown-address.png");

		this.driver.findElement(By.linkText("Go to the overview")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));
	}

	private void signIn(String user, @Nullable String screenshot) throws IOException {
		this.driver.get("http://localhost:" + this.port + "/");
		WebElement username = this.wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		if (screenshot != null) {
			screenshot(screenshot);
		}
		username.sendKeys(user);
		this.driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
	}

	private void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name), png);
	}

}
