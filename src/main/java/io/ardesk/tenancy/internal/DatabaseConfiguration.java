package io.ardesk.tenancy.internal;

import javax.sql.DataSource;

import org.jobrunr.storage.StorageProvider;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The control schema's migration and what must wait for it. */
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

}
