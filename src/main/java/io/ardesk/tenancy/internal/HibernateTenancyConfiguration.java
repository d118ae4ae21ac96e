package io.ardesk.tenancy.internal;

import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.context.spi.TenantSchemaMapper;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Schema-per-tenant for Hibernate: the tenant is the client bound in
 * {@link TenantContext}; with none bound, sessions use the control schema, where no
 * client table exists, so a query that forgot its client fails instead of reading another
 * client's data.
 */
@Configuration(proxyBeanMethods = false)
class HibernateTenancyConfiguration {

	static final String CONTROL_TENANT = "_control";

	@Bean
	HibernatePropertiesCustomizer schemaPerTenant(TenantRegistry registry) {
		CurrentTenantIdentifierResolver<String> resolver = new CurrentTenantIdentifierResolver<>() {

			@Override
			public String resolveCurrentTenantIdentifier() {
				return TenantContext.current().map(ClientId::value).orElse(CONTROL_TENANT);
			}

			@Override
			public boolean validateExistingCurrentSessions() {
				return true;
			}

		};
		TenantSchemaMapper<String> mapper = (tenant) -> CONTROL_TENANT.equals(tenant) ? ControlSchemaLiquibase.SCHEMA
				: registry.schemaOf(ClientId.of(tenant)).value();
		return (properties) -> {
			properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
			properties.put(MultiTenancySettings.MULTI_TENANT_SCHEMA_MAPPER, mapper);
		};
	}

}
