package io.ardesk.imports;

import io.ardesk.edi.FileIssue;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files reach the right client: each demo client lists the NPIs and tax ids it bills
 * under, and a file of another practice is refused, naming the provider and the client it
 * seems to belong to. (A client with no identifiers configured accepts any file with a
 * warning: see {@link SampleFilesImportIntegrationTest}.)
 */
@ArdeskIntegrationTest
class ProviderCheckIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	FileImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aClaimFileOfTheClientsOwnPracticeIsPosted() {
		ImportResult result = importInto(NORTHSIDE,
				X12Builder.claims837("ACME HEALTH", "ACME1")
					.claim("PC-100", "P", "1", "20260105", "100.00")
					.build(NORTHSIDE));
		assertThat(result.status()).isEqualTo(ImportStatus.POSTED);
		assertThat(result.warnings()).noneMatch((w) -> w.contains("provider"));
	}

	@Test
	void aRemittanceOfAnotherClientsPracticeIsRefusedNamingThatClient() {
		byte[] lakeviewEra = X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-PC-200", "80.00")
			.payment("PC-200", "1", "100.00", "80.00", "0.00", "CO-45:20.00")
			.build(LAKEVIEW);
		ImportResult result = importInto(NORTHSIDE, lakeviewEra);
		assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(result.errors()).singleElement().satisfies((FileIssue error) -> {
			assertThat(error.message()).contains("payee", "NPI 1144702184", "Northside Family Medicine",
					"it seems to belong to Lakeview Orthopedics");
			assertThat(error.segment()).isEqualTo("N1");
			assertThat(error.position()).isPositive();
		});
		assertThat(remittances(NORTHSIDE)).as("nothing posted").isZero();
		// The same file goes into Lakeview.
		assertThat(importInto(LAKEVIEW, lakeviewEra).status()).isEqualTo(ImportStatus.POSTED);
	}

	@Test
	void aClaimFileOfAPracticeNoClientKnowsIsRefused() {
		ImportResult result = importInto(NORTHSIDE,
				X12Builder.claims837("ACME HEALTH", "ACME1").claim("PC-300", "P", "1", "20260105", "100.00").build());
		assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(result.errors()).singleElement().satisfies((FileIssue error) -> {
			assertThat(error.message()).contains("billing provider", "NPI 1234567893", "tax id 123456789",
					"matches no client of the firm");
			assertThat(error.segment()).isEqualTo("CLM");
		});
	}

	@Test
	void aFileNamingNoProviderIsRefusedForAClientWithIdentifiers() {
		ImportResult result = importInto(NORTHSIDE,
				X12Builder.claims837("ACME HEALTH", "ACME1")
					.claim("PC-400", "P", "1", "20260105", "100.00")
					.buildWithoutProviderIds());
		assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(result.errors()).singleElement()
			.satisfies((FileIssue error) -> assertThat(error.message()).contains("name no billing provider NPI"));
	}

	@Test
	void aTaxIdAloneIdentifiesThePayee() {
		// N1*PE with FI (tax id) instead of the NPI, as 4010 payers write it.
		String text = new String(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-PC-500", "0.00")
			.payment("PC-500", "4", "100.00", "0.00", "0.00", "CO-16:100.00")
			.build(NORTHSIDE), java.nio.charset.StandardCharsets.US_ASCII).replace("*XX*1167204316", "*FI*36-4812207")
			.replace("REF*TJ*364812207~\n", "");
		ImportResult result = importInto(NORTHSIDE, text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(result.status()).as(String.valueOf(result.errors())).isEqualTo(ImportStatus.POSTED);
	}

	private ImportResult importInto(ClientId client, byte[] file) {
		return AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.imports.importFile(client, "provider-check.x12", file, ImportProgress.none()));
	}

	private long remittances(ClientId client) {
		return TenantContext
			.callAs(client,
					() -> this.transaction.execute((status) -> this.jdbc
						.sql("select count(*) from remittance where trace_number = 'TRN-PC-200'")
						.query(Long.class)
						.single()));
	}

}
