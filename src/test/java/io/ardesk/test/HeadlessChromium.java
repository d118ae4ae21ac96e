package io.ardesk.test;

import java.io.File;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: both set explicitly so
 * that no tool ever downloads a browser. A missing browser fails the test with the
 * command to install it.
 */
public final class HeadlessChromium {

	public static final File CHROMIUM = new File("/usr/bin/chromium");

	public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/**
	 * @param profile a fresh, empty folder for the browser profile
	 * @param windowSize for example {@code 1280,800}
	 */
	public static ChromeDriver start(Path profile, String windowSize) {
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM + " and chromedriver at "
					+ CHROMEDRIVER + ": apt-get install -y chromium chromium-driver");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=" + windowSize, "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
