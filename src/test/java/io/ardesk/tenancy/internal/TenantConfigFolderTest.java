package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ClientRules;
import io.ardesk.tenancy.PayerRuleOverride;
import io.ardesk.tenancy.ReportDelivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class TenantConfigFolderTest {

	static final String VALID = """
			id: acme-clinic
			name: Acme Clinic
			specialty: Dermatology
			schema: client_acme
			timeZone: America/Chicago
			agingBasis: SUBMISSION_DATE
			sla:
			  daysInArTarget: 40
			  maxPercentOver90: 15
			  touchCadenceDays: 7
			  escalationAcknowledgeHours: 4
			  escalationResolveDays: 2
			highValueThreshold: 2500.00
			""";

	@TempDir
	Path folder;

	@Test
	void aValidFolderReadsTheFirmAndEveryClient() throws IOException {
		write("firm.yaml", """
				name: Summit Revenue Partners
				timeZone: America/New_York
				holidays:
				  - 2026-12-25
				""");
		write("acme.yaml", VALID);
		write("beta.yml",
				VALID.replace("acme-clinic", "beta-clinic")
					.replace("client_acme", "client_beta")
					.replace("Acme Clinic", "Beta Clinic"));

		TenantCatalog catalog = read();

		assertThat(catalog.firm().name()).isEqualTo("Summit Revenue Partners");
		assertThat(catalog.firm().holidays()).hasSize(1);
		assertThat(catalog.clients()).extracting((client) -> client.profile().id())
			.containsExactly(ClientId.of("acme-clinic"), ClientId.of("beta-clinic"));
		ClientDefinition acme = catalog.clients().getFirst();
		assertThat(acme.schema().value()).isEqualTo("client_acme");
		assertThat(acme.sourceFile()).isEqualTo("acme.yaml");
		assertThat(acme.profile().timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
		assertThat(acme.profile().agingBasis()).isEqualTo(AgingBasis.SUBMISSION_DATE);
		assertThat(acme.profile().sla().touchCadenceDays()).isEqualTo(7);
	}

	@Test
	void theDemoConfigurationIsValid() {
		TenantCatalog catalog = new TenantConfigFolder().read(Path.of("tenant-config"));
		assertThat(catalog.clients()).hasSize(3);
		assertThat(catalog.firm().name()).isEqualTo("Summit Revenue Partners");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Client-A", "a;drop", "1client", "client a", "_client",
			"a123456789012345678901234567890123456789012345678901234567890123" })
	void aSchemaNotMatchingThePatternIsRefused(String schema) throws IOException {
		write("acme.yaml", VALID.replace("schema: client_acme", "schema: \"" + schema + "\""));
		assertRefused("acme.yaml", "schema");
	}

	@Test
	void aSchemaOfSixtyThreeCharactersIsAccepted() throws IOException {
		String schema = "a" + "b".repeat(62);
		write("acme.yaml", VALID.replace("client_acme", schema));
		assertThat(read().clients().getFirst().schema().value()).hasSize(63);
	}

	@ParameterizedTest
	@ValueSource(strings = { "public", "control", "information_schema", "pg_catalog" })
	void aReservedSchemaIsRefused(String schema) throws IOException {
		write("acme.yaml", VALID.replace("client_acme", schema));
		assertRefused("acme.yaml", "schema");
	}

	@Test
	void anIdUsedByTwoFilesIsRefused() throws IOException {
		write("a.yaml", VALID);
		write("b.yaml", VALID.replace("client_acme", "client_other"));
		assertThatThrownBy(this::read).isInstanceOf(TenantConfigException.class)
			.hasMessageContaining("b.yaml")
			.hasMessageContaining("'id'")
			.hasMessageContaining("a.yaml");
	}

	@Test
	void aSchemaUsedByTwoFilesIsRefused() throws IOException {
		write("a.yaml", VALID);
		write("b.yaml", VALID.replace("acme-clinic", "other-clinic"));
		assertThatThrownBy(this::read).isInstanceOf(TenantConfigException.class)
			.hasMessageContaining("b.yaml")
			.hasMessageContaining("'schema'")
			.hasMessageContaining("a.yaml");
	}

	@ParameterizedTest
	@ValueSource(strings = { "id", "name", "schema", "timeZone", "sla", "highValueThreshold" })
	void aMissingTopLevelFieldIsRefused(String field) throws IOException {
		write("acme.yaml",
				VALID.lines()
					.filter((line) -> !line.startsWith(field + ":"))
					.filter((line) -> !field.equals("sla") || !line.startsWith("  "))
					.reduce("", (a, b) -> a + b + "\n"));
		assertRefused("acme.yaml", field);
	}

	@ParameterizedTest
	@ValueSource(strings = { "daysInArTarget", "maxPercentOver90", "touchCadenceDays", "escalationAcknowledgeHours",
			"escalationResolveDays" })
	void aMissingServiceLevelIsRefused(String field) throws IOException {
		write("acme.yaml",
				VALID.lines()
					.filter((line) -> !line.startsWith("  " + field + ":"))
					.reduce("", (a, b) -> a + b + "\n"));
		assertRefused("acme.yaml", "sla." + field);
	}

	@Test
	void anUnknownTopLevelKeyIsRefused() throws IOException {
		write("acme.yaml", VALID + "colour: blue\n");
		assertRefused("acme.yaml", "colour");
	}

	@Test
	void anAssignmentByPayerNamesItsOwners() throws IOException {
		write("acme.yaml", VALID + "assignment:\n  rule: BY_PAYER\n  byPayer:\n    \"04412\": specialist\n");
		var client = new TenantConfigFolder().read(this.folder).clients().getFirst().profile();
		assertThat(client.assignment().rule()).isEqualTo(io.ardesk.tenancy.ClaimAssignment.Rule.BY_PAYER);
		assertThat(client.assignment().ownersByPayer()).containsEntry("04412", "specialist");
	}

	@Test
	void anUnknownAssignmentRuleIsRefused() throws IOException {
		write("acme.yaml", VALID + "assignment:\n  rule: BY_MOOD\n");
		assertRefused("acme.yaml", "assignment.rule");
	}

	@Test
	void anAssignmentByPayerWithoutOwnersIsRefused() throws IOException {
		write("acme.yaml", VALID + "assignment:\n  rule: BY_PAYER\n");
		assertRefused("acme.yaml", "assignment.byPayer");
	}

	@Test
	void anUnknownNestedKeyIsRefused() throws IOException {
		write("acme.yaml", VALID.replace("  touchCadenceDays: 7", "  touchCadenceDays: 7\n  foo: 1"));
		assertRefused("acme.yaml", "sla.foo");
	}

	@Test
	void anUnknownKeyInFirmYamlIsRefused() throws IOException {
		write("firm.yaml", "name: Summit\nbusinessHours:\n  start: \"08:00\"\n  lunch: \"12:00\"\n");
		assertRefused("firm.yaml", "businessHours.lunch");
	}

	@Test
	void aBadTimeZoneIsRefused() throws IOException {
		write("acme.yaml", VALID.replace("America/Chicago", "Mars/Olympus_Mons"));
		assertRefused("acme.yaml", "timeZone");
	}

	@Test
	void aBadAgingBasisIsRefused() throws IOException {
		write("acme.yaml", VALID.replace("SUBMISSION_DATE", "WHENEVER"));
		assertRefused("acme.yaml", "agingBasis");
	}

	@Test
	void aNegativeServiceLevelIsRefused() throws IOException {
		write("acme.yaml", VALID.replace("touchCadenceDays: 7", "touchCadenceDays: -7"));
		assertRefused("acme.yaml", "sla.touchCadenceDays");
	}

	@Test
	void anUnknownWorkQueueFactorIsRefused() throws IOException {
		write("acme.yaml", VALID + "workQueueWeights:\n  luck: 2\n");
		assertRefused("acme.yaml", "workQueueWeights.luck");
	}

	@Test
	void anEmptyFileIsRefused() throws IOException {
		write("acme.yaml", "");
		assertRefused("acme.yaml", "(file)");
	}

	@Test
	void aMissingFolderIsRefused() {
		this.folder = this.folder.resolve("nowhere");
		assertThatThrownBy(this::read).isInstanceOf(TenantConfigException.class).hasMessageContaining("nowhere");
	}

	@Test
	void oneInvalidFileAmongValidOnesRefusesTheWholeFolder() throws IOException {
		write("a.yaml", VALID);
		write("z.yaml",
				VALID.replace("acme-clinic", "zed-clinic")
					.replace("client_acme", "client_zed")
					.replace("America/Chicago", "Nowhere/City"));
		assertRefused("z.yaml", "timeZone");
	}

	@Test
	void aClientWithoutRuleBlocksGetsTheDocumentedDefaultsAndIsNotADemoClient() throws IOException {
		write("acme.yaml", VALID);

		ClientProfile acme = read().clients().getFirst().profile();

		assertThat(acme.demo()).isFalse();
		assertThat(acme.providers().isEmpty()).isTrue();
		assertThat(acme.rules()).isEqualTo(ClientRules.defaults());
		assertThat(acme.rules().smallBalanceLimit()).isEqualByComparingTo("25.00");
		assertThat(acme.rules().followUp().deadlineGraceDays()).isEqualTo(7);
		assertThat(acme.rules().statements().dueDays()).isEqualTo(21);
		assertThat(acme.sla().touchedWithinCadencePercent()).isEqualByComparingTo("90");
	}

	@Test
	void ruleBlocksAreReadWithTheirValues() throws IOException {
		write("acme.yaml", VALID + """
				demo: true
				npis: ["1144702184"]
				taxIds: ["46-1937725"]
				smallBalanceLimit: 10.00
				followUp: { deadlineGraceDays: 3, billsSecondary: false }
				cadences: { highValueDays: 5, byPayer: { "16535": 7 } }
				trendRules: { repeatedDenials: 4, underpaymentTolerance: 2.50 }
				statements: { dueDays: 30, minimumBalance: 10.00 }
				billing: { phone: "(303) 555-0142", paymentUrl: "https://pay.example" }
				reports: { recipients: ["a@b.example"], frequency: MONTHLY }
				payerOverrides:
				  - { payerId: "87726", noResponseDays: 30 }
				""");

		ClientProfile acme = read().clients().getFirst().profile();

		assertThat(acme.demo()).isTrue();
		assertThat(acme.providers().hasNpi("1144702184")).isTrue();
		assertThat(acme.providers().hasTaxId("461937725")).isTrue();
		assertThat(acme.rules().smallBalanceLimit()).isEqualByComparingTo("10.00");
		assertThat(acme.rules().followUp().deadlineGraceDays()).isEqualTo(3);
		assertThat(acme.rules().followUp().deadlineAlertDays()).isEqualTo(14);
		assertThat(acme.rules().followUp().billsSecondary()).isFalse();
		assertThat(acme.rules().cadences().byPayer()).containsEntry("16535", 7);
		assertThat(acme.rules().trends().repeatedDenials()).isEqualTo(4);
		assertThat(acme.rules().trends().underpaymentTolerance()).isEqualByComparingTo("2.50");
		assertThat(acme.rules().statements().dueDays()).isEqualTo(30);
		assertThat(acme.rules().billing().paymentUrl()).isEqualTo("https://pay.example");
		assertThat(acme.rules().reports().frequency()).isEqualTo(ReportDelivery.Frequency.MONTHLY);
		assertThat(acme.payerOverride("87726")).get().extracting(PayerRuleOverride::noResponseDays).isEqualTo(30);
	}

	@ParameterizedTest
	@ValueSource(strings = { "npis: [\"12345\"]|npis[0]", "taxIds: [\"abc\"]|taxIds[0]",
			"smallBalanceLimit: -1|smallBalanceLimit", "followUp: { deadlineGraceDays: 0 }|followUp.deadlineGraceDays",
			"statements: { cycleDay: 31 }|statements.cycleDay", "reports: { frequency: DAILY }|reports.frequency",
			"reports: { recipients: [\"nobody\"] }|reports.recipients[0]",
			"billing: { paymentUrl: \"ftp://x\" }|billing.paymentUrl",
			"trendRules: { denialRateFactor: 1 }|trendRules.denialRateFactor" })
	void aWrongRuleValueIsRefusedNamingTheKey(String lineAndField) throws IOException {
		String[] parts = lineAndField.split("\\|");
		write("acme.yaml", VALID + parts[0] + "\n");
		assertRefused("acme.yaml", parts[1]);
	}

	@Test
	void theDemoClientsAreMarkedAndCarryTheirIdentifiers() {
		TenantCatalog catalog = new TenantConfigFolder().read(Path.of("tenant-config"));
		assertThat(catalog.clients()).allSatisfy((client) -> {
			assertThat(client.profile().demo()).isTrue();
			assertThat(client.profile().providers().npis()).hasSize(1);
		});
	}

	private void assertRefused(String file, String field) {
		assertThatThrownBy(this::read).isInstanceOf(TenantConfigException.class)
			.hasMessageContaining(file)
			.hasMessageContaining("'" + field + "'")
			.asInstanceOf(type(TenantConfigException.class))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo(file);
				assertThat(ex.field()).isEqualTo(field);
			});
	}

	private TenantCatalog read() {
		return new TenantConfigFolder().read(this.folder);
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.folder.resolve(name), content);
	}

}
