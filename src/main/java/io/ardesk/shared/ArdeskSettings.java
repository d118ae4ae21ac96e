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
	 * @param addressThrottle how many failed sign-ins one remote address may make
	 * @param idleTimeout a signed-in browser without any user action for this long is
	 * signed out, even while its tab stays open (automatic logoff)
	 * @param apiDocs publish the OpenAPI document and Swagger UI ({@code /v3/api-docs},
	 * {@code /swagger-ui.html}); on under the {@code demo} profile, off otherwise
	 * @param apiTokens API tokens for integrations
	 * @param userCache how long a signed-in user's role and clients are reused before
	 * they are read again (an administrator's change applies at once on this server)
	 * @param apiConcurrency how many REST API calls work at once (the others wait their
	 * turn)
	 */
	public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
			@DefaultValue AddressThrottle addressThrottle, @DefaultValue("30m") Duration idleTimeout,
			@DefaultValue("false") boolean apiDocs, @DefaultValue Tokens apiTokens,
			@DefaultValue("30s") Duration userCache, @DefaultValue ApiConcurrency apiConcurrency) {

		/**
		 * @param maxRequests REST API calls working at once; 0 (the default): four per
		 * processor core
		 * @param maxWait how long a call waits for its turn before it is answered 503
		 */
		public record ApiConcurrency(@DefaultValue("0") int maxRequests, @DefaultValue("30s") Duration maxWait) {

			/** The limit in force. */
			public int effectiveMaxRequests() {
				return (this.maxRequests > 0) ? this.maxRequests : 4 * Runtime.getRuntime().availableProcessors();
			}

		}

		/**
		 * @param maxFailures failed sign-ins (wrong password, unknown or locked user) one
		 * remote address may make within {@code window}; then it is refused until the
		 * window has passed
		 * @param window the period failures are counted over, and how long an address
		 * stays refused
		 */
		public record AddressThrottle(@DefaultValue("30") int maxFailures, @DefaultValue("15m") Duration window) {
		}

		/**
		 * @param key the server key tokens are hashed with (HMAC-SHA-256), at least 32
		 * characters; empty: a random key generated once and kept in the control schema
		 * @param defaultExpiryDays how long a token lives when its creator does not say
		 * @param maxExpiryDays the longest life a token may be given
		 * @param lastUseInterval a token's last use is written at most this often
		 * @param cache how long a checked token is reused before it is read again (a
		 * revocation applies at once on this server)
		 */
		public record Tokens(@DefaultValue("") String key, @DefaultValue("90") int defaultExpiryDays,
				@DefaultValue("365") int maxExpiryDays, @DefaultValue("1m") Duration lastUseInterval,
				@DefaultValue("30s") Duration cache) {
		}

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
	 * @param maxFeeScheduleSize the largest fee schedule CSV
	 * @param maxDocumentSize the largest file a practice uploads to a document request
	 */
	public record Uploads(@DefaultValue("50MB") DataSize maxImportSize, @DefaultValue("5MB") DataSize maxCodeListSize,
			@DefaultValue("10MB") DataSize maxFeeScheduleSize, @DefaultValue("20MB") DataSize maxDocumentSize) {
	}

}
