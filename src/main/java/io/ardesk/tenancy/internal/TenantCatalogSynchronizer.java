package io.ardesk.tenancy.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ardesk.shared.ArdeskSettings;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.SlaTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the control schema and the client schemas in line with {@code tenant-config/} at
 * start-up: a new file provisions its schema, a changed file updates its client, a
 * removed file deactivates its client (its schema is kept). Every file is validated
 * before anything changes.
 */
@Component
@DependsOn("controlSchemaLiquibase")
class TenantCatalogSynchronizer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(TenantCatalogSynchronizer.class);

	private final Path folder;

	private final ClientRecords records;

	private final TenantSchemaMigrator migrator;

	private final TenantRegistry registry;

	private final TransactionTemplate transaction;

	@Autowired
	TenantCatalogSynchronizer(ArdeskSettings settings, ClientRecords records, TenantSchemaMigrator migrator,
			TenantRegistry registry, TransactionTemplate transaction) {
		this(settings.tenantConfig(), records, migrator, registry, transaction);
	}

	TenantCatalogSynchronizer(String configured, ClientRecords records, TenantSchemaMigrator migrator,
			TenantRegistry registry, TransactionTemplate transaction) {
		this.folder = TenantConfigLocation.resolve(configured);
		this.records = records;
		this.migrator = migrator;
		this.registry = registry;
		this.transaction = transaction;
	}

	@Override
	public void afterPropertiesSet() {
		synchronize();
	}

	void synchronize() {
		long started = System.nanoTime();
		TenantCatalog catalog = new TenantConfigFolder().read(this.folder);
		Map<String, ClientRecords.ClientRow> existing = this.records.all()
			.stream()
			.collect(Collectors.toMap(ClientRecords.ClientRow::id, Function.identity()));
		checkAgainstExisting(catalog, existing);
		List<ClientDefinition> provisioned = new ArrayList<>();
		this.transaction.executeWithoutResult((status) -> {
			for (ClientDefinition client : catalog.clients()) {
				ClientRecords.ClientRow row = existing.get(client.profile().id().value());
				if (row == null) {
					this.records.insert(client);
					provisioned.add(client);
				}
				else if (!row.active() || !row.configHash().equals(client.contentHash())) {
					this.records.update(client);
				}
			}
			var configuredIds = catalog.clients().stream().map((c) -> c.profile().id().value()).toList();
			existing.values()
				.stream()
				.filter((row) -> row.active() && !configuredIds.contains(row.id()))
				.forEach((row) -> {
					this.records.deactivate(row.id());
					log.warn("Client {} has no file in tenant-config any more: deactivated, schema {} kept", row.id(),
							row.schemaName());
				});
		});
		for (ClientDefinition client : catalog.clients()) {
			this.migrator.migrate(client.schema());
		}
		this.registry.replace(catalog.firm(), catalog.clients(), inactiveClients(catalog, existing));
		log.info("{} active clients from {} ({} new) ready in {} ms", catalog.clients().size(), this.folder,
				provisioned.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private void checkAgainstExisting(TenantCatalog catalog, Map<String, ClientRecords.ClientRow> existing) {
		Map<String, String> schemaOwners = existing.values()
			.stream()
			.collect(Collectors.toMap(ClientRecords.ClientRow::schemaName, ClientRecords.ClientRow::id));
		for (ClientDefinition client : catalog.clients()) {
			String id = client.profile().id().value();
			ClientRecords.ClientRow row = existing.get(id);
			if (row != null && !row.schemaName().equals(client.schema().value())) {
				throw new TenantConfigException(client.sourceFile(), "schema",
						"cannot change for an existing client (it is " + row.schemaName() + ")");
			}
			String owner = schemaOwners.get(client.schema().value());
			if (owner != null && !owner.equals(id)) {
				throw new TenantConfigException(client.sourceFile(), "schema", "already belongs to client " + owner);
			}
		}
	}

	private static List<ClientProfile> inactiveClients(TenantCatalog catalog,
			Map<String, ClientRecords.ClientRow> existing) {
		var configuredIds = catalog.clients().stream().map((c) -> c.profile().id().value()).toList();
		return existing.values()
			.stream()
			.filter((row) -> !configuredIds.contains(row.id()))
			.map((row) -> new ClientProfile(ClientId.of(row.id()), row.name(), null, catalog.firm().timeZone(),
					AgingBasis.DATE_OF_SERVICE, new SlaTargets(1, java.math.BigDecimal.ZERO, 1, 1, 1),
					java.math.BigDecimal.ONE, List.of(), Map.of(), io.ardesk.tenancy.ClaimAssignment.roundRobin(),
					false, false, io.ardesk.tenancy.ProviderIdentifiers.none(),
					io.ardesk.tenancy.ClientRules.defaults()))
			.toList();
	}

}
