package io.ardesk.worklist.api;

import java.util.List;

import jakarta.validation.Validator;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the direct reader of the worklist's query parameters. */
@Configuration(proxyBeanMethods = false)
class WorklistWebConfiguration implements WebMvcConfigurer {

	private final Validator validator;

	WorklistWebConfiguration(Validator validator) {
		this.validator = validator;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueueParamsResolver(this.validator));
	}

}
