package io.ardesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls the portal over HTTP from a loopback address of its own (127.0.1.N), so that the
 * per-address sign-in throttle one test trips never touches another test sharing the
 * Spring context.
 */
public final class LoopbackCaller {

	private static final AtomicInteger next = new AtomicInteger(10);

	private final HttpClient http;

	private final String baseUrl;

	private final String address;

	private LoopbackCaller(int port, String address) {
		try {
			this.http = HttpClient.newBuilder()
				.localAddress(InetAddress.getByName(address))
				.connectTimeout(Duration.ofSeconds(10))
				.build();
		}
		catch (UnknownHostException ex) {
			throw new UncheckedIOException(ex);
		}
		this.baseUrl = "http://127.0.0.1:" + port;
		this.address = address;
	}

	/** A caller from a loopback address no other caller of this test run uses. */
	public static LoopbackCaller fresh(int port) {
		int n = next.incrementAndGet();
		return new LoopbackCaller(port, "127.0." + (1 + n / 250) + "." + (1 + n % 250));
	}

	public String address() {
		return this.address;
	}

	public HttpResponse<String> basic(String user, String password, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", basicHeader(user, password))
			.GET());
	}

	public HttpResponse<String> bearer(String token, String method, String path, String jsonBody) {
		return send(json(request(path), method, jsonBody).header("Authorization", "Bearer " + token));
	}

	public HttpResponse<String> basic(String user, String password, String method, String path, String jsonBody) {
		return send(json(request(path), method, jsonBody).header("Authorization", basicHeader(user, password)));
	}

	private static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
		return body.isEmpty() ? request.method(method, HttpRequest.BodyPublishers.noBody())
				: request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(body));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path));
	}

	static String basicHeader(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
