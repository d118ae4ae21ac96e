package io.ardesk.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.edi.FileIssue;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger holds every code the X12 standard allows (remark codes up to 30 characters,
 * procedure codes up to 48), and a value longer than the standard is refused by the
 * reader naming its segment and position, never by the database.
 */
@ArdeskIntegrationTest
class StandardCodeSizesIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("northside-family");

	/** What a database message looks like; no import result may quote one. */
	static final List<String> DATABASE_TEXT = List.of("ERROR:", "violates", "character varying", "SQL",
			"value too long", "numeric field overflow");

	@Autowired
	FileImports imports;

	@Autowired
	ClaimLedger ledger;

	@Test
	void aWellFormed835WithARemarkCodeOf11To30CharactersPosts() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("SZ-100", "P", "1", "20260105", "200.00"));
		String remark = "N" + "1".repeat(29);

		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-SZ-100", "150.00")
			.payment("SZ-100", "1", "200.00", "150.00", "0.00", "CO-45:50.00")
			.remark("M123456789AB")
			.remark(remark));

		assertThat(result.status()).as(result.errors().toString()).isEqualTo(ImportStatus.POSTED);
		ClaimDetail claim = AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.claim(CLIENT, "SZ-100"))
			.orElseThrow();
		assertThat(claim.payments().getFirst().remarks()).extracting(ClaimDetail.Remark::code)
			.contains("M123456789AB", remark);
	}

	@Test
	void aRemarkCodeLongerThanTheStandardIsRejectedNamingSegmentAndPosition() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("SZ-200", "P", "1", "20260105", "200.00"));

		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-SZ-200", "150.00")
			.payment("SZ-200", "1", "200.00", "150.00", "0.00", "CO-45:50.00")
			.remark("N" + "1".repeat(30)));

		assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
		FileIssue issue = result.errors().getFirst();
		assertThat(issue.segment()).isEqualTo("MOA");
		assertThat(issue.position()).isPositive();
		assertThat(issue.message()).contains("MOA03").contains("at most 30");
		assertNoDatabaseText(result);
	}

	@Test
	void aCarcLongerThanFiveCharactersOrAnAmountBeyondTheLedgerIsRejectedNamingTheSegment() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("SZ-300", "P", "1", "20260105", "200.00"));

		ImportResult longCarc = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-SZ-300", "150.00")
			.payment("SZ-300", "1", "200.00", "150.00", "0.00", "CO-123456:50.00"));
		ImportResult hugeAmount = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-SZ-301", "150.00")
			.payment("SZ-300", "1", "200.00", "150.00", "0.00", "CO-45:1000000000000.00"));

		assertThat(longCarc.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(longCarc.errors().getFirst().segment()).isEqualTo("CAS");
		assertThat(hugeAmount.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(hugeAmount.errors().getFirst().segment()).isEqualTo("CAS");
		assertNoDatabaseText(longCarc);
		assertNoDatabaseText(hugeAmount);
	}

	@Test
	void aCsvValueLongerThanTheLedgerKeepsIsRejectedNamingTheLine() {
		String csv = "claim_number,patient_account,patient_last_name,payer_name,service_date_from,procedure_code,"
				+ "line_charge\nSZ-400,ACC-400," + "L".repeat(61) + ",ACME HEALTH,01/05/2026,99213,100.00\n";

		ImportResult result = AsUser.call("specialist", "AR_SPECIALIST", () -> this.imports.importFile(CLIENT,
				"long.csv", csv.getBytes(StandardCharsets.UTF_8), ImportProgress.none()));

		assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(result.errors().getFirst().message()).contains("line 2").contains("patient_last_name");
		assertNoDatabaseText(result);
	}

	private ImportResult post(X12Builder file) {
		return AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.imports.importFile(CLIENT, "sizes.x12", file.build(CLIENT), ImportProgress.none()));
	}

	private static void assertNoDatabaseText(ImportResult result) {
		for (FileIssue issue : result.errors()) {
			for (String text : DATABASE_TEXT) {
				assertThat(issue.message()).doesNotContain(text);
			}
		}
	}

}
