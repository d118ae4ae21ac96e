package io.ardesk.tenancy.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code control.client}: which clients exist, are active, and own which
 * schema.
 */
@Component
class ClientRecords {

	private final JdbcClient jdbc;

	ClientRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ClientRow(String id, String name, String schemaName, boolean active, String configHash) {
	}

	List<ClientRow> all() {
		return this.jdbc.sql("select id, name, schema_name, active, config_hash from control.client order by id")
			.query(ClientRow.class)
			.list();
	}

	void insert(ClientDefinition client) {
		this.jdbc
			.sql("insert into control.client (id, name, schema_name, source_file, config_hash, active) "
					+ "values (?, ?, ?, ?, ?, true)")
			.params(client.profile().id().value(), client.profile().name(), client.schema().value(),
					client.sourceFile(), client.contentHash())
			.update();
	}

	void update(ClientDefinition client) {
		this.jdbc
			.sql("update control.client set name = ?, source_file = ?, config_hash = ?, active = true, "
					+ "updated_at = now() where id = ?")
			.params(client.profile().name(), client.sourceFile(), client.contentHash(), client.profile().id().value())
			.update();
	}

	void deactivate(String id) {
		this.jdbc.sql("update control.client set active = false, updated_at = now() where id = ?").param(id).update();
	}

}
