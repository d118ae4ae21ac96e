package io.ardesk.dashboards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firm portfolio in a real (headless) Chromium on the demo data: the manager sees the
 * client in trouble ranked first with a RED SLA, clicks it and lands on its dashboard
 * with the SLA panel (RED measures) and the cash-recovery charts drawn.
 */
@ArdeskIntegrationTest
@TestPropertySource(properties = "ardesk.demo-data.enabled=true")
class PortfolioBrowserTest extends IntegrationTestSupport {

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
		this.driver = HeadlessChromium.start(this.profile, "1440,1000");
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(90));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void managerClicksTheRedClientInThePortfolioAndSeesItsSlaPanelAndCharts() throws IOException {
		this.driver.get("http://localhost:" + this.port + "/");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("manager");
		this.driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-switcher")));

		this.driver.get("http://localhost:" + this.port + "/portfolio");
		WebElement grid = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-grid")));
		this.wait.until(ExpectedConditions.textToBePresentInElement(grid, "Lakeview Orthopedics"));
		List<String> statuses = this.driver.findElements(By.cssSelector("#portfolio-grid .sla-status"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(statuses).as("one client per story: green, amber and red").contains("GREEN", "AMBER", "RED");
		assertThat(statuses.getFirst()).as("the riskiest client first").isEqualTo("RED");
		screenshot("portfolio-ranked.png");

		this.wait
			.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Lakeview Orthopedics']")))
			.click();

		this.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-title"), "Lakeview Orthopedics"));
		WebElement sla = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sla-panel")));
		this.wait.until(ExpectedConditions.textToBePresentInElement(sla, "RED"));
		assertThat(sla.getText()).contains("Days in A/R", "A/R over 90 days");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ardesk-echart[rendered]")));
		assertThat(this.driver.findElement(By.id("computed-at")).getText()).contains("Figures as of");
		screenshot("portfolio-red-client-dashboard.png");
	}

	private void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name), png);
	}

}
