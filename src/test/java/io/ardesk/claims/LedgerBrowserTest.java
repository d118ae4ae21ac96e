package io.ardesk.claims;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.HeadlessChromium;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import io.ardesk.test.X12Builder.OtherPayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's new pages in a real Chromium, as a specialist working Lakeview: a claim
 * billed to the secondary showing each payer's part, the posting exceptions, the credit
 * balances and the aging with its credit-balance line. Screenshots land in
 * {@code target/screenshots/}.
 */
@ArdeskIntegrationTest
class LedgerBrowserTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	FileImports imports;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	MoneyMoveApprovals approvals;

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
	void aSpecialistSeesEachPayersPartTheHeldPaymentsAndTheCreditsOwedBack() {
		post(X12Builder.claims837("PRAIRIE SUPPLEMENT", "PSUP1")
			.claim("LB-100", "S", "1", "20260105",
					List.of(new OtherPayer("P", "KEY INSURANCE", "KEY01", "39.15", "36.89", "PR-1:21.89", "PR-2:15.00",
							"CO-42:3.00")),
					"43.00", "15.00", "21.04")
			.claim("LB-200", "P", "1", "20260105", "999.00")
			.claim("LB-300", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("PRAIRIE SUPPLEMENT", "PSUP1", "TRN-LB-100", "30.00")
			.payment("LB-100", "2", "79.04", "30.00", "6.89", "OA-23:42.15", "PR-2:6.89"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-LB-200", "599.50")
			.payment("LB-200", "1", "999.00", "499.50", "399.75", "PR-1:399.75")
			.then("SVC*HC:99211*999.00*499.50**1", "DTM*472*20260105", "CAS*CO*45*99.75", "CAS*PR*1*399.75")
			.payment("LB-300", "1", "100.00", "100.00", "0.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-LB-300", "100.00")
			.payment("LB-300", "1", "100.00", "100.00", "0.00"));

		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		String base = "http://localhost:" + this.port;
		signIn(wait, base, "specialist");

		this.browser.get(base + "/claims/LB-100");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payer-shares"), "KEY INSURANCE"));
		assertThat(this.browser.findElement(By.id("payer-shares")).getText()).contains("Secondary",
				"PRAIRIE SUPPLEMENT", "$30.00", "$6.89");
		screenshot("ledger-claim-payer-shares.png");

		this.browser.get(base + "/remittance/exceptions");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("posting-exceptions"), "TRN-LB-200"));
		assertThat(this.browser.findElement(By.id("posting-exceptions")).getText()).contains("LB-200",
				"Does not balance");
		screenshot("ledger-posting-exceptions.png");

		this.browser.get(base + "/claims/credit-balances");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("credit-balances"), "LB-300"));
		screenshot("ledger-credit-balances.png");
		// A refund is recorded here and waits for a second person before it posts.
		wait.until(ExpectedConditions.elementToBeClickable(By.id("refund-LB-300"))).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#refund-reference input")))
			.sendKeys("CHK 2040");
		screenshot("ledger-refund-dialog.png");
		this.browser.findElement(By.id("refund-send")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("credit-balances"), "Approval pending"));
		screenshot("ledger-refund-waiting.png");
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.claim(LAKEVIEW, "LB-300"))
			.orElseThrow()
			.insuranceBalance()).as("nothing posted before the approval").isEqualByComparingTo("-100.00");

		this.browser.get(base + "/aging");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aging-credits")));
		assertThat(this.browser.findElement(By.id("aging-credits")).getText()).contains("Owed back to payers")
			.doesNotContain("Owed back to payers\n$0.00");
		screenshot("ledger-aging-credits.png");

		// The manager approves the refund on the Approvals page; the credit is then paid
		// back.
		this.browser.manage().deleteAllCookies();
		signIn(wait, base, "manager");
		this.browser.get(base + "/approvals");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("money-move-approvals"), "CHK 2040"));
		assertThat(this.browser.findElement(By.id("money-move-approvals")).getText()).contains("Refund", "LB-300",
				"$100.00");
		screenshot("ledger-refund-approval.png");
		long refund = AsUser
			.call("manager", "ACCOUNT_MANAGER", () -> this.approvals.pending(LAKEVIEW, MoneyMoveKind.REFUND))
			.stream()
			.filter((request) -> request.subject().equals("LB-300"))
			.findFirst()
			.orElseThrow()
			.id();
		this.browser.findElement(By.id("approve-" + refund)).click();
		wait.until((driver) -> AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.claim(LAKEVIEW, "LB-300"))
			.orElseThrow()
			.insuranceBalance()
			.signum() == 0);
		this.browser.get(base + "/claims/credit-balances");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("credit-balances-total"),
				"0 credit balances"));
	}

	private void signIn(WebDriverWait wait, String base, String user) {
		this.browser.get(base + "/login");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
			.sendKeys(user);
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-switcher")));
	}

	private void post(X12Builder file) {
		assertThat(
				AsUser
					.call("specialist", "AR_SPECIALIST",
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
