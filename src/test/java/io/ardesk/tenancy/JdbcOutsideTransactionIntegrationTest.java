package io.ardesk.tenancy;

import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JDBC work for a bound client runs in that client's schema inside a transaction, and
 * fails at once outside one, instead of quietly reading a pooled connection bound to no
 * client (the control schema's search path).
 */
@ArdeskIntegrationTest
class JdbcOutsideTransactionIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void insideATransactionJdbcRunsInTheBoundClientsSchema() {
		String schema = TenantContext.callAs(NORTHSIDE, () -> this.transaction
			.execute((status) -> this.jdbc.sql("select current_schema()").query(String.class).single()));

		assertThat(schema).isEqualTo("client_northside_family");
	}

	@Test
	void outsideATransactionJdbcForABoundClientFailsFast() {
		assertThatThrownBy(() -> TenantContext.runAs(NORTHSIDE,
				() -> this.jdbc.sql("select count(*) from claim").query(Long.class).single()))
			.hasStackTraceContaining("outside a transaction")
			.hasStackTraceContaining("northside-family");
		assertThatThrownBy(() -> TenantContext.runAs(NORTHSIDE,
				() -> this.template.queryForObject("select count(*) from claim", Long.class)))
			.hasStackTraceContaining("outside a transaction");
	}

	@Test
	void withoutABoundClientTheControlSchemasWorkRunsAsBefore() {
		Long clients = this.jdbc.sql("select count(*) from control.client").query(Long.class).single();

		assertThat(clients).isPositive();
	}

}
