package io.ardesk.claims.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.ardesk.claims.PayerCategory;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.PayerRuleOverride;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client's payers: found by payer id (or by name when a file carries none), created
 * when first seen with the category's filing and appeal windows, overridden per client in
 * {@code tenant-config/}.
 */
@Component
class PayerCatalog {

	private final JdbcClient jdbc;

	private final ClientDirectory directory;

	PayerCatalog(JdbcClient jdbc, ClientDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * Resolves payers within one import for the client whose schema is bound (the caller
	 * names it: the binding itself is tenancy's business); keeps what it found for the
	 * rest of the file.
	 */
	Session session(ClientId client) {
		return new Session(client);
	}

	final class Session {

		private final ClientId client;

		private final Map<String, Long> ids = new HashMap<>();

		private Session(ClientId client) {
			this.client = client;
		}

		long payer(String name, @Nullable String externalId, @Nullable String filingIndicator) {
			String key = key(name, externalId);
			return this.ids.computeIfAbsent(key, (k) -> find(k)
				.orElseGet(() -> create(this.client, k, name, externalId, category(name, filingIndicator))));
		}

	}

	private java.util.Optional<Long> find(String key) {
		return this.jdbc.sql("select id from payer where payer_key = ?").param(key).query(Long.class).optional();
	}

	private long create(ClientId client, String key, String name, @Nullable String externalId, PayerCategory category) {
		int filing = category.defaultTimelyFilingDays();
		int appeal = category.defaultAppealDays();
		PayerRuleOverride override = override(client, externalId);
		if (override != null && override.timelyFilingDays() != null) {
			filing = override.timelyFilingDays();
		}
		if (override != null && override.appealDays() != null) {
			appeal = override.appealDays();
		}
		return this.jdbc
			.sql("insert into payer (payer_key, name, external_id, category, timely_filing_days, appeal_days) "
					+ "values (?, ?, ?, ?, ?, ?) returning id")
			.params(key, name, externalId, category.name(), filing, appeal)
			.query(Long.class)
			.single();
	}

	private @Nullable PayerRuleOverride override(ClientId client, @Nullable String externalId) {
		if (externalId == null) {
			return null;
		}
		return this.directory.find(client)
			.flatMap((profile) -> profile.payerOverrides()
				.stream()
				.filter((rule) -> rule.payerId().equalsIgnoreCase(externalId))
				.findFirst())
			.orElse(null);
	}

	static String key(String name, @Nullable String externalId) {
		if (externalId != null && !externalId.isBlank()) {
			return "ID:" + externalId.trim().toUpperCase(Locale.ROOT);
		}
		return "NAME:" + name.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

	/** The claim filing indicator says it best; the payer's name is the fallback. */
	static PayerCategory category(String name, @Nullable String filingIndicator) {
		if (filingIndicator != null) {
			switch (filingIndicator) {
				case "MA", "MB" -> {
					return PayerCategory.MEDICARE;
				}
				case "16" -> {
					return PayerCategory.MEDICARE_ADVANTAGE;
				}
				case "MC" -> {
					return PayerCategory.MEDICAID;
				}
				case "WC" -> {
					return PayerCategory.WORKERS_COMP;
				}
				case "09" -> {
					return PayerCategory.SELF_PAY;
				}
				default -> {
					// commercial indicators (CI, BL, HM, 12-15...) and unknown ones: look
					// at the name
				}
			}
		}
		String upper = name.toUpperCase(Locale.ROOT);
		if (upper.contains("MEDICARE") && (upper.contains("ADVANTAGE") || upper.contains("HMO"))) {
			return PayerCategory.MEDICARE_ADVANTAGE;
		}
		if (upper.contains("MEDICARE")) {
			return PayerCategory.MEDICARE;
		}
		if (upper.contains("MEDICAID") || upper.contains("NYSDOH") || upper.contains("MEDI-CAL")) {
			return PayerCategory.MEDICAID;
		}
		if (upper.contains("WORKERS") || upper.contains("COMP") || upper.contains("STATE FUND")) {
			return PayerCategory.WORKERS_COMP;
		}
		return PayerCategory.COMMERCIAL;
	}

}
