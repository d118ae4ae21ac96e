package io.ardesk.tenancy.internal;

import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ArdeskIntegrationTest
class TenantSchemaMigrationIntegrationTest extends IntegrationTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantSchemaMigrator migrator;

	@Test
	void everyClientSchemaHoldsEveryTenantChangeSetAfterStartUp() {
		var schemas = this.jdbc.sql("select schema_name from control.client where active").query(String.class).list();
		assertThat(schemas).hasSize(3);
		assertThat(this.migrator.expectedChangeSets()).isNotEmpty();
		for (String schema : schemas) {
			assertThat(this.migrator.appliedChangeSets(new SchemaName(schema))).as(schema)
				.containsAll(this.migrator.expectedChangeSets());
		}
	}

	@Test
	void aSchemaThatLagsIsMigratedAndAnUpToDateOneIsLeftAlone() {
		SchemaName lagging = new SchemaName("client_lagging_test");
		this.jdbc.sql("create schema " + lagging.quoted()).update();
		assertThat(this.migrator.isCurrent(lagging)).isFalse();
		this.migrator.migrate(lagging);
		assertThat(this.migrator.appliedChangeSets(lagging)).containsAll(this.migrator.expectedChangeSets());
		int rows = this.jdbc.sql("select count(*) from client_lagging_test.databasechangelog")
			.query(Integer.class)
			.single();
		this.migrator.migrate(lagging);
		assertThat(this.jdbc.sql("select count(*) from client_lagging_test.databasechangelog")
			.query(Integer.class)
			.single()).isEqualTo(rows);
	}

}
