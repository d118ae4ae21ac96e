package io.ardesk.tenancy.internal;

import javax.sql.DataSource;

import org.jobrunr.storage.StorageProvider;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pool as the portal uses it, the control schema's migration and what must wait for
 * it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	ControlSchemaLiquibase controlSchemaLiquibase(DataSource dataSource) {
		return new ControlSchemaLiquibase(dataSource);
	}

	/**
	 * JobRunr keeps its tables in the control schema, which must exist before it starts.
	 */
	@Bean
	static BeanFactoryPostProcessor jobStorageAfterControlSchema() {
		return (beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(StorageProvider.class, true, false)) {
				beanFactory.getBeanDefinition(name).setDependsOn("controlSchemaLiquibase");
			}
		};
	}

	/**
	 * Every user of the connection pool (Hibernate, the JDBC templates, JobRunr,
	 * Liquibase) borrows through {@link SchemaCachingDataSource}, which sets a session's
	 * schema only when it changes.
	 */
	@Bean
	static BeanPostProcessor schemaCachingPool() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof HikariDataSource pool) ? new SchemaCachingDataSource(pool) : bean;
			}

		};
	}

}
