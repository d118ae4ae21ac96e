package io.ardesk.portal.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under {@code /api/} that no controller serves answers a 404 problem, not the
 * portal's HTML page: the Vaadin servlet maps {@code /**} after the controllers, and this
 * mapping sits between the two. A known path with the wrong method still answers 405,
 * because the controllers' mapping decides that before this one is asked.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

	@Bean
	SimpleUrlHandlerMapping unknownApiPathMapping(JsonMapper json) {
		HttpRequestHandler notFound = (HttpServletRequest request, HttpServletResponse response) -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such API endpoint.");
			response.setStatus(HttpStatus.NOT_FOUND.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		};
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
		mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return mapping;
	}

}
