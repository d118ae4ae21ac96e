package io.ardesk.tenancy.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.FirmProfile;

import org.springframework.stereotype.Component;

/**
 * The client practices in memory, as last synchronised from {@code tenant-config/}; the
 * only place that maps a client to its schema.
 */
@Component
class TenantRegistry implements ClientDirectory {

	private volatile Map<ClientId, ClientDefinition> clients = Map.of();

	private volatile Map<ClientId, ClientProfile> inactive = Map.of();

	private volatile FirmProfile firm = FirmConfigValidator.defaults();

	void replace(FirmProfile firm, List<ClientDefinition> active, List<ClientProfile> inactive) {
		this.firm = firm;
		this.clients = active.stream()
			.collect(Collectors.toUnmodifiableMap((c) -> c.profile().id(), Function.identity()));
		this.inactive = inactive.stream().collect(Collectors.toUnmodifiableMap(ClientProfile::id, Function.identity()));
	}

	@Override
	public List<ClientProfile> activeClients() {
		return this.clients.values()
			.stream()
			.map(ClientDefinition::profile)
			.sorted(Comparator.comparing(ClientProfile::name))
			.toList();
	}

	@Override
	public Optional<ClientProfile> find(ClientId id) {
		ClientDefinition definition = this.clients.get(id);
		return (definition != null) ? Optional.of(definition.profile()) : Optional.ofNullable(this.inactive.get(id));
	}

	@Override
	public FirmProfile firm() {
		return this.firm;
	}

	/** The schema of an active client; fails for anything else. */
	SchemaName schemaOf(ClientId id) {
		ClientDefinition definition = this.clients.get(id);
		if (definition == null) {
			throw new IllegalStateException("No active client " + id.value());
		}
		return definition.schema();
	}

	List<ClientDefinition> activeDefinitions() {
		return List.copyOf(this.clients.values());
	}

}
