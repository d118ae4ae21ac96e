package io.ardesk.tenancy.internal;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;

import org.springframework.core.io.ResourceLoader;

/** Migrates one client practice's schema from the tenant changelog. */
class TenantSchemaLiquibase extends SpringLiquibase {

	static final String CHANGELOG = "db/changelog/tenant/db.changelog-tenant.yaml";

	TenantSchemaLiquibase(DataSource dataSource, ResourceLoader resourceLoader, SchemaName schema) {
		setDataSource(dataSource);
		setResourceLoader(resourceLoader);
		setChangeLog("classpath:" + CHANGELOG);
		setDefaultSchema(schema.value());
		setLiquibaseSchema(schema.value());
	}

}
