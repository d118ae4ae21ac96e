package io.ardesk.tenancy.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every client schema on the latest tenant changelog. Compares the change sets a
 * schema has recorded with the changelog's first, so that start-up with many up-to-date
 * schemas costs one small query each instead of a full Liquibase run.
 */
@Component
class TenantSchemaMigrator {

	private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrator.class);

	private final DataSource dataSource;

	private final ResourceLoader resourceLoader;

	private final JdbcClient jdbc;

	private final Set<String> expectedChangeSets;

	TenantSchemaMigrator(DataSource dataSource, ResourceLoader resourceLoader) {
		this.dataSource = dataSource;
		this.resourceLoader = resourceLoader;
		this.jdbc = JdbcClient.create(dataSource);
		this.expectedChangeSets = readChangeSets();
	}

	/** The change sets of the tenant changelog, as {@code id::author}. */
	Set<String> expectedChangeSets() {
		return this.expectedChangeSets;
	}

	/** The change sets recorded in a schema; empty when the schema does not exist. */
	Set<String> appliedChangeSets(SchemaName schema) {
		boolean tracked = this.jdbc
			.sql("select exists (select 1 from information_schema.tables where table_schema = ? "
					+ "and table_name = 'databasechangelog')")
			.param(schema.value())
			.query(Boolean.class)
			.single();
		if (!tracked) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select id || '::' || author from " + schema.quoted() + ".databasechangelog")
			.query(String.class)
			.list());
	}

	boolean isCurrent(SchemaName schema) {
		return appliedChangeSets(schema).containsAll(this.expectedChangeSets);
	}

	/**
	 * Creates the schema when needed and brings it up to date; a no-op when it is
	 * current.
	 */
	void migrate(SchemaName schema) {
		if (isCurrent(schema)) {
			return;
		}
		long started = System.nanoTime();
		this.jdbc.sql("create schema if not exists " + schema.quoted()).update();
		// Liquibase remembers "up to date" per database connection across the JVM;
		// without a
		// reset a second schema on the same server can be skipped silently.
		Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
		try {
			new TenantSchemaLiquibase(this.dataSource, this.resourceLoader, schema).afterPropertiesSet();
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Migrating schema " + schema.value() + " failed", ex);
		}
		if (!isCurrent(schema)) {
			throw new IllegalStateException("Schema " + schema.value() + " lacks change sets after migration");
		}
		log.info("Migrated schema {} in {} ms", schema.value(), (System.nanoTime() - started) / 1_000_000);
	}

	private static Set<String> readChangeSets() {
		ResourceAccessor accessor = new ClassLoaderResourceAccessor(TenantSchemaMigrator.class.getClassLoader());
		try {
			DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
				.getParser(TenantSchemaLiquibase.CHANGELOG, accessor)
				.parse(TenantSchemaLiquibase.CHANGELOG, new ChangeLogParameters(), accessor);
			return changeLog.getChangeSets()
				.stream()
				.map((changeSet) -> changeSet.getId() + "::" + changeSet.getAuthor())
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Cannot read the tenant changelog", ex);
		}
	}

}
