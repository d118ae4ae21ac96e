package io.ardesk.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code ardesk.*} setting in one place, each with its default. Modules take the
 * nested record they need instead of reading properties one by one.
 *
 * @param tenantConfig the folder of firm.yaml and the client files (empty: the working
 * folder's tenant-config/, else the demo configuration in the jar)
 * @param adminPassword the first firm administrator's password, outside the demo
 */
@ConfigurationProperties("ardesk")
public record ArdeskSettings(@DefaultValue("") String tenantConfig, @DefaultValue("") String adminPassword,
		@DefaultValue Security security, @DefaultValue DemoData demoData,
		@DefaultValue EmbeddedPostgres embeddedPostgres, @DefaultValue Uploads uploads) {

	/**
	 * @param maxFailedLogins wrong passwords in a row before the account locks
	 * @param lockout how long a locked account stays locked
	 */
	public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
	}

	/**
	 * @param enabled load generated AR into the clients marked demo: true in their
	 * tenant-config file (demo profile only)
	 * @param months how many months of history to generate
	 * @param parallelClients how many clients load at the same time
	 */
	public record DemoData(@DefaultValue("true") boolean enabled, @DefaultValue("12") int months,
			@DefaultValue("2") int parallelClients) {
	}

	/**
	 * @param dataDir the data folder of the embedded PostgreSQL
	 * @param port its port (0 for any free port)
	 */
	public record EmbeddedPostgres(@DefaultValue("./data/postgres") String dataDir, @DefaultValue("54329") int port) {
	}

	/**
	 * @param maxImportSize the largest claim or remittance file
	 * @param maxCodeListSize the largest CARC/RARC list
	 */
	public record Uploads(@DefaultValue("50MB") DataSize maxImportSize, @DefaultValue("5MB") DataSize maxCodeListSize) {
	}

}
