package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What happens when the tenant configuration folder changes and the portal synchronises:
 * each test adds its own client, so the tests do not depend on each other. The context is
 * discarded afterwards because the client directory was changed.
 */
@ArdeskIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TenantProvisioningIntegrationTest extends IntegrationTestSupport {

	@TempDir
	Path folder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientRecords records;

	@Autowired
	TenantSchemaMigrator migrator;

	@Autowired
	TenantRegistry registry;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ClientDirectory directory;

	TenantCatalogSynchronizer synchronizer;

	@BeforeEach
	void copyTheDemoConfiguration() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("tenant-config"))) {
			for (Path file : files.toList()) {
				Files.copy(file, this.folder.resolve(file.getFileName()));
			}
		}
		this.synchronizer = new TenantCatalogSynchronizer(this.folder.toString(), this.records, this.migrator,
				this.registry, this.transaction);
	}

	@Test
	void aNewClientFileProvisionsTheClientAndItsSchema() throws IOException {
		writeClient("harbor-peds", "Harbor Pediatrics", "client_harbor_peds");

		this.synchronizer.synchronize();

		ClientRecords.ClientRow row = row("harbor-peds");
		assertThat(row.name()).isEqualTo("Harbor Pediatrics");
		assertThat(row.schemaName()).isEqualTo("client_harbor_peds");
		assertThat(row.active()).isTrue();
		assertThat(schemas()).contains("client_harbor_peds");
		assertThat(this.migrator.appliedChangeSets(new SchemaName("client_harbor_peds")))
			.containsAll(this.migrator.expectedChangeSets());
		assertThat(this.directory.activeClients()).extracting(ClientProfile::name)
			.contains("Harbor Pediatrics", "Lakeview Orthopedics", "Northside Family Medicine",
					"Riverside Cardiology Associates");
		assertThat(this.registry.schemaOf(ClientId.of("harbor-peds")).value()).isEqualTo("client_harbor_peds");
	}

	@Test
	void aChangedNameUpdatesTheClient() throws IOException {
		writeClient("valley-derm", "Valley Dermatology", "client_valley_derm");
		this.synchronizer.synchronize();

		writeClient("valley-derm", "Valley Dermatology & Skin Surgery", "client_valley_derm");
		this.synchronizer.synchronize();

		assertThat(row("valley-derm").name()).isEqualTo("Valley Dermatology & Skin Surgery");
		assertThat(this.directory.find(ClientId.of("valley-derm"))).map(ClientProfile::name)
			.hasValue("Valley Dermatology & Skin Surgery");
	}

	@Test
	void aRemovedFileDeactivatesTheClientAndKeepsItsSchema() throws IOException {
		writeClient("oak-ent", "Oak ENT", "client_oak_ent");
		this.synchronizer.synchronize();

		Files.delete(this.folder.resolve("oak-ent.yaml"));
		this.synchronizer.synchronize();

		assertThat(row("oak-ent").active()).isFalse();
		assertThat(schemas()).contains("client_oak_ent");
		assertThat(this.directory.activeClients()).extracting((client) -> client.id().value())
			.doesNotContain("oak-ent");
		assertThat(this.directory.find(ClientId.of("oak-ent"))).hasValueSatisfying((client) -> {
			assertThat(client.active()).isFalse();
			assertThat(client.name()).isEqualTo("Oak ENT");
		});

		writeClient("oak-ent", "Oak ENT", "client_oak_ent");
		this.synchronizer.synchronize();
		assertThat(row("oak-ent").active()).isTrue();
	}

	@Test
	void anInvalidFileChangesNothing() throws IOException {
		List<ClientRecords.ClientRow> rowsBefore = this.records.all();
		List<String> schemasBefore = schemas();
		List<ClientProfile> directoryBefore = this.directory.activeClients();
		writeClient("birch-gi", "Birch Gastroenterology", "client_birch_gi");
		Files.writeString(this.folder.resolve("riverside-cardiology.yaml"),
				Files.readString(this.folder.resolve("riverside-cardiology.yaml"))
					.replace("Riverside Cardiology", "Renamed Cardiology"));
		Files.writeString(this.folder.resolve("zz-broken.yaml"),
				client("zz-broken", "Broken Practice", "client_zz_broken").replace("sla:", "sla:\n  foo: 3"));

		assertThatThrownBy(this.synchronizer::synchronize).isInstanceOf(TenantConfigException.class)
			.hasMessageContaining("zz-broken.yaml")
			.hasMessageContaining("sla.foo");

		assertThat(this.records.all()).isEqualTo(rowsBefore);
		assertThat(schemas()).isEqualTo(schemasBefore);
		assertThat(this.directory.activeClients()).isEqualTo(directoryBefore);
	}

	@Test
	void aFileTakingAnotherClientsSchemaChangesNothing() throws IOException {
		List<ClientRecords.ClientRow> rowsBefore = this.records.all();
		writeClient("copycat-clinic", "Copycat Clinic", "client_lakeview_ortho");

		assertThatThrownBy(this.synchronizer::synchronize).isInstanceOf(TenantConfigException.class)
			.hasMessageContaining("copycat-clinic.yaml")
			.hasMessageContaining("'schema'");
		assertThat(this.records.all()).isEqualTo(rowsBefore);
	}

	private ClientRecords.ClientRow row(String id) {
		return this.records.all()
			.stream()
			.filter((row) -> row.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + id + " in control.client"));
	}

	private List<String> schemas() {
		return this.jdbc.sql("select schema_name from information_schema.schemata order by schema_name")
			.query(String.class)
			.list();
	}

	private void writeClient(String id, String name, String schema) throws IOException {
		Files.writeString(this.folder.resolve(id + ".yaml"), client(id, name, schema));
	}

	static String client(String id, String name, String schema) {
		return """
				id: %s
				name: "%s"
				specialty: Pediatrics
				schema: %s
				timeZone: America/Chicago
				sla:
				  daysInArTarget: 40
				  maxPercentOver90: 15
				  touchCadenceDays: 7
				  escalationAcknowledgeHours: 4
				  escalationResolveDays: 2
				highValueThreshold: 2500.00
				""".formatted(id, name, schema);
	}

}
