package io.ardesk.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.edi.SubmittedClaim;
import io.ardesk.edi.X12Files;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public sample file through the real import: good files post, malformed ones post
 * nothing. Runs on a database of its own, so that no other test has imported a sample
 * before. The samples carry other practices' NPIs and tax ids, so Lakeview's
 * configuration here lists none: a client without identifiers accepts any file (with a
 * warning).
 */
@ArdeskIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SampleFilesImportIntegrationTest extends IntegrationTestSupport {

	/**
	 * The security context strategy of the portal the other tests share. Starting this
	 * test's own portal (another configuration) installs Vaadin's strategy anew, which
	 * the shared portal's method security would no longer see: it is put back afterwards.
	 */
	private static SecurityContextHolderStrategy sharedStrategy;

	@BeforeAll
	static void rememberTheSharedSecurityStrategy() {
		sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
	}

	@AfterAll
	static void restoreTheSharedSecurityStrategy() {
		SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
	}

	@DynamicPropertySource
	static void lakeviewWithoutProviderIdentifiers(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("tenant-config-samples");
		try (Stream<Path> files = Files.list(Path.of("tenant-config"))) {
			for (Path file : files.toList()) {
				List<String> lines = Files.readAllLines(file);
				if (file.getFileName().toString().equals("lakeview-ortho.yaml")) {
					lines = lines.stream()
						.filter((line) -> !line.startsWith("npis:") && !line.startsWith("taxIds:"))
						.toList();
				}
				Files.write(folder.resolve(file.getFileName()), lines);
			}
		}
		registry.add("ardesk.tenant-config", folder::toString);
	}

	static final ClientId CLIENT = ClientId.of("lakeview-ortho");

	static final Path SAMPLES = Path.of("src/test/resources/x12");

	/**
	 * Its only defects are envelope counts; both claims are complete (see PROVENANCE.md).
	 */
	static final String READABLE_DESPITE_DEFECTS = "pyx12_4010_837i_bad_trailer_counts.837i";

	@Autowired
	FileImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	static Stream<Path> claimFiles() throws IOException {
		return Stream.concat(files("837p"), files("837i"));
	}

	static Stream<Path> remittanceFiles() throws IOException {
		return files("835");
	}

	static Stream<Path> malformedFiles() throws IOException {
		return files("malformed").filter((p) -> !p.getFileName().toString().equals(READABLE_DESPITE_DEFECTS));
	}

	@ParameterizedTest
	@MethodSource("claimFiles")
	void claimFilePostsItsClaimsOnceAndIsRecognisedTheSecondTime(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		List<SubmittedClaim> claims = X12Files.read837(content).claims();
		long distinct = claims.stream().map(SubmittedClaim::claimNumber).distinct().count();
		ImportResult first = importFile(file.getFileName().toString(), content);
		assertThat(first.status()).as(String.valueOf(first.errors())).isEqualTo(ImportStatus.POSTED);
		assertThat(first.warnings()).anySatisfy((w) -> assertThat(w).contains("no provider identifiers configured"));
		assertThat(first.claimsCreated() + first.claimsUpdated()).isLessThanOrEqualTo((int) distinct);
		List<String> numbers = claims.stream().map(SubmittedClaim::claimNumber).distinct().toList();
		Long onFile = TenantContext.callAs(CLIENT,
				() -> this.transaction
					.execute((status) -> this.jdbc.sql("select count(*) from claim where claim_number in (:numbers)")
						.param("numbers", numbers)
						.query(Long.class)
						.single()));
		assertThat(onFile).as("every claim of the file is on the ledger").isEqualTo(distinct);
		ImportResult second = importFile(file.getFileName().toString(), content);
		assertThat(second.status()).isEqualTo(ImportStatus.DUPLICATE);
		assertThat(second.claimsCreated()).isZero();
	}

	@ParameterizedTest
	@MethodSource("remittanceFiles")
	void remittanceFilePostsEveryClaimPaymentOfItsDistinctPayments(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		List<RemittanceAdvice> advices = X12Files.read835(content).advices();
		long before = paymentRows();
		ImportResult result = importFile(file.getFileName().toString(), content);
		assertThat(result.status()).isIn(ImportStatus.POSTED, ImportStatus.DUPLICATE);
		long posted = paymentRows() - before;
		assertThat(posted).isEqualTo(result.paymentsPosted());
		long denials = advices.stream()
			.flatMap((advice) -> advice.claims().stream())
			.map(ClaimPayment::statusCode)
			.filter("4"::equals)
			.count();
		if (result.status() == ImportStatus.POSTED && denials > 0) {
			assertThat(result.denials()).isPositive();
		}
		assertThat(importFile(file.getFileName().toString(), content).status()).isEqualTo(ImportStatus.DUPLICATE);
		assertThat(paymentRows() - before).as("nothing posted twice").isEqualTo(posted);
	}

	@Test
	void fileRepeatingOneInterchange156TimesPostsThePaymentOnce() throws IOException {
		byte[] content = Files.readAllBytes(SAMPLES.resolve("835/emedny_156_duplicate_interchanges.835"));
		ImportResult result = importFile("repeated.835", content);
		assertThat(result.status()).isEqualTo(ImportStatus.POSTED);
		assertThat(result.paymentsPosted()).isEqualTo(3);
		assertThat(result.warnings()).anySatisfy((w) -> assertThat(w).contains("155", "already posted"));
	}

	@ParameterizedTest
	@MethodSource("malformedFiles")
	void malformedFileIsRejectedNamingTheSegmentAndPostsNothing(Path file) throws IOException {
		long claimsBefore = count("claim");
		long paymentsBefore = paymentRows();
		ImportResult result = importFile(file.getFileName().toString(), Files.readAllBytes(file));
		assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(result.errors()).isNotEmpty().allSatisfy((error) -> {
			assertThat(error.segment()).isNotBlank();
			assertThat(error.position()).isNotNull().isPositive();
		});
		assertThat(count("claim")).isEqualTo(claimsBefore);
		assertThat(paymentRows()).isEqualTo(paymentsBefore);
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.imports.history(CLIENT, 1)).getFirst().status())
			.isEqualTo(ImportStatus.REJECTED);
	}

	@Test
	void fileReadableDespiteEnvelopeDefectsIsPostedWithWarnings() throws IOException {
		ImportResult result = importFile(READABLE_DESPITE_DEFECTS,
				Files.readAllBytes(SAMPLES.resolve("malformed/" + READABLE_DESPITE_DEFECTS)));
		assertThat(result.status()).isEqualTo(ImportStatus.POSTED);
		assertThat(result.warnings()).isNotEmpty();
	}

	private ImportResult importFile(String name, byte[] content) {
		return AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.imports.importFile(CLIENT, name, content, ImportProgress.none()));
	}

	private long paymentRows() {
		return count("claim_payment");
	}

	private long count(String table) {
		return TenantContext.callAs(CLIENT, () -> this.transaction
			.execute((status) -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single()));
	}

	private static Stream<Path> files(String folder) throws IOException {
		return Files.list(SAMPLES.resolve(folder)).filter(Files::isRegularFile).sorted();
	}

}
