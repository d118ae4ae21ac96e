package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Checks, before anything else starts, that an external PostgreSQL named by
 * {@code spring.datasource.url} answers; otherwise start-up stops at once with one clear
 * message instead of connection-pool stack traces.
 */
class ExternalDatabaseReachability implements EnvironmentPostProcessor {

	private static final int TIMEOUT_MILLIS = 3000;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url");
		if (!StringUtils.hasText(url) || !url.startsWith("jdbc:postgresql://")) {
			return;
		}
		URI uri = URI.create(url.substring("jdbc:".length()));
		String host = (uri.getHost() != null) ? uri.getHost() : "localhost";
		int port = (uri.getPort() > 0) ? uri.getPort() : 5432;
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
		}
		catch (IOException ex) {
			throw new DatabaseUnreachableException(url);
		}
	}

}
