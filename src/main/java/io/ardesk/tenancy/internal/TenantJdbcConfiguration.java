package io.ardesk.tenancy.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link JdbcTemplate} behind every module's {@code JdbcTemplate} and
 * {@code JdbcClient} (Boot builds the named-parameter template and the client on this
 * one). It reaches the database through {@link TransactionBoundDataSource}, so that JDBC
 * work for a client outside a transaction fails at once instead of running on a pooled
 * connection that is bound to no client's schema.
 */
@Configuration(proxyBeanMethods = false)
class TenantJdbcConfiguration {

	@Bean
	JdbcTemplate jdbcTemplate(DataSource dataSource) {
		return new JdbcTemplate(new TransactionBoundDataSource(dataSource));
	}

}
