package io.ardesk.denials;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.AsUser;
import io.ardesk.test.X12Builder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims and remittances for denial tests: an 837 with one claim per number, and 835s
 * paid on a chosen date.
 */
public final class DenialFixtures {

	private final FileImports imports;

	private final ClientId client;

	public DenialFixtures(FileImports imports, ClientId client) {
		this.imports = imports;
		this.client = client;
	}

	/**
	 * Claims {@code prefix-1..count}, one line of {@code charge} each, served on
	 * 01/05/2026.
	 */
	public void claims(String payerName, String payerId, String prefix, int count, String charge) {
		X12Builder file = X12Builder.claims837(payerName, payerId);
		for (int i = 1; i <= count; i++) {
			file.claim(prefix + "-" + i, "P", "1", "20260105", charge);
		}
		post(prefix + ".837", file.build(this.client));
	}

	/** An 835 paid on {@code paidOn}; the builder's payments are added by the caller. */
	public static X12Builder remittance(String payerName, String payerId, String trace) {
		return X12Builder.remittance835(payerName, payerId, trace, "0.00");
	}

	public void post(X12Builder remittance, String trace, LocalDate paidOn) {
		String text = new String(remittance.build(this.client), StandardCharsets.UTF_8).replace("DA*98765*20260210",
				"DA*98765*" + paidOn.format(DateTimeFormatter.BASIC_ISO_DATE));
		post(trace + ".835", text.getBytes(StandardCharsets.UTF_8));
	}

	private void post(String name, byte[] content) {
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports.importFile(this.client, name, content, ImportProgress.none()).status())
					.as(name)
					.isEqualTo(ImportStatus.POSTED));
	}

}
