package io.ardesk.tenancy.internal;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;

/**
 * Migrates the shared control schema (clients, users, assignments). Creates the schema
 * first: Liquibase cannot keep its own tracking tables in a schema that does not exist
 * yet.
 */
class ControlSchemaLiquibase extends SpringLiquibase {

	static final String SCHEMA = "control";

	ControlSchemaLiquibase(DataSource dataSource) {
		setDataSource(dataSource);
		setChangeLog("classpath:db/changelog/control/db.changelog-control.yaml");
		setDefaultSchema(SCHEMA);
		setLiquibaseSchema(SCHEMA);
	}

	@Override
	public void afterPropertiesSet() throws LiquibaseException {
		try (Connection connection = getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create schema if not exists " + SCHEMA);
		}
		catch (java.sql.SQLException ex) {
			throw new LiquibaseException("Cannot create the control schema", ex);
		}
		super.afterPropertiesSet();
	}

}
