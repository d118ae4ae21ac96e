package io.ardesk.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Calls the portal's REST API as a given user, the way an integration partner would. */
public final class ApiClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	public ApiClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public HttpResponse<String> get(@Nullable String user, String path) {
		return send(user, HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
	}

	/** Posts a JSON body. */
	public HttpResponse<String> postJson(@Nullable String user, String path, String json) {
		return send(user,
				HttpRequest.newBuilder(URI.create(this.baseUrl + path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Posts one file as the multipart field {@code file}, as a browser form would. */
	public HttpResponse<String> postFile(@Nullable String user, String path, String fileName, byte[] content) {
		String boundary = "ardesk-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(user,
				HttpRequest.newBuilder(URI.create(this.baseUrl + path))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * Calls as a user with the given password (the demo users' password is {@code demo}).
	 */
	public HttpResponse<String> get(String user, String password, String path) {
		return send(user, password, HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
	}

	public HttpResponse<String> send(@Nullable String user, HttpRequest.Builder request) {
		return send(user, "demo", request);
	}

	public HttpResponse<String> send(@Nullable String user, String password, HttpRequest.Builder request) {
		if (user != null) {
			String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + credentials);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A download as bytes (an Excel file), signed in as {@code user}. */
	public HttpResponse<byte[]> getBytes(String user, String path) {
		String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", "Basic " + credentials)
			.GET()
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String baseUrl() {
		return this.baseUrl;
	}

}
