package io.ardesk.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REST API under load, on loopback: 50 concurrent clients, each calling one demo client's
 * worklist, a claim, the aging report and the claims list in turn, once signed in with an
 * API token and once with HTTP Basic (a bcrypt check per call). Prints requests per
 * second, p50/p95/p99 and errors of both, their ratio, the data size and the raw cost of
 * one bcrypt check against one HMAC. Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=none -Dit.test=ApiLoadBenchmark}; shorter runs:
 * {@code -Dbenchmark.seconds=20}; more or less demo history:
 * {@code -Dbenchmark.months=6}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ardesk.tenant-config=tenant-config", "ardesk.demo-data.enabled=true",
				"ardesk.demo-data.months=${benchmark.months:6}", "jobrunr.background-job-server.enabled=false",
				"logging.level.io.ardesk=warn" })
@ActiveProfiles("demo")
class ApiLoadBenchmark extends IntegrationTestSupport {

	static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);

	static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);

	static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 10);

	static final String CLIENT = "lakeview-ortho";

	static final String USER = "specialist";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void tokensAgainstBasicOnTheWorkingMix() throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(8))
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String base = "http://127.0.0.1:" + this.port + "/api/v1";
		String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(base + "/me/tokens"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Benchmark\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(issued.body());
		assertThat(token.find()).isTrue();
		String bearer = "Bearer " + token.group(1);
		List<String> claims = claimNumbers(http, base, bearer);
		assertThat(claims).as("demo claims loaded").isNotEmpty();
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			paths.add("/clients/" + CLIENT + "/worklist?limit=50");
			paths.add("/clients/" + CLIENT + "/claims/" + claims.get(i));
			paths.add("/clients/" + CLIENT + "/aging");
			paths.add("/clients/" + CLIENT + "/claims?limit=50");
		}
		long claimCount = this.jdbc.sql("select count(*) from client_lakeview_ortho.claim").query(Long.class).single();
		long openCount = this.jdbc
			.sql("select count(*) from client_lakeview_ortho.claim where insurance_balance > 0 or patient_balance > 0")
			.query(Long.class)
			.single();

		run(base, paths, bearer, WARM_UP_SECONDS);
		Result tokens = run(base, paths, bearer, SECONDS);
		run(base, paths, basic, Math.min(WARM_UP_SECONDS, 5));
		Result basics = run(base, paths, basic, SECONDS);

		String report = String.format("""
				BENCHMARK API load: %d concurrent clients, %d s per run (after warm-up), loopback, client %s \
				(%,d claims, %,d with a balance), mix worklist / claim / aging / claims list
				BENCHMARK tokens: %s
				BENCHMARK basic:  %s
				BENCHMARK tokens vs basic: %.1fx the requests per second, p95 %.1fx lower
				BENCHMARK raw authentication cost per call: bcrypt check %.1f ms, HMAC-SHA-256 %.4f ms (%.0fx)
				""", CLIENTS, SECONDS, CLIENT, claimCount, openCount, tokens, basics,
				tokens.perSecond() / Math.max(0.001, basics.perSecond()),
				basics.percentile(95) / Math.max(0.001, tokens.percentile(95)), bcryptMillis(), hmacMillis(),
				bcryptMillis() / Math.max(0.000001, hmacMillis()));
		System.out.print(report);
		Files.writeString(Path.of("target", "benchmark-api-load.txt"), report);
		assertThat(tokens.errors()).as("errors with tokens").isZero();
	}

	private List<String> claimNumbers(HttpClient http, String base, String bearer)
			throws IOException, InterruptedException {
		String body = http
			.send(HttpRequest.newBuilder(URI.create(base + "/clients/" + CLIENT + "/claims?limit=100"))
				.header("Authorization", bearer)
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher numbers = Pattern.compile("\"claimNumber\":\"([^\"]+)\"").matcher(body);
		List<String> claims = new ArrayList<>();
		while (numbers.find()) {
			claims.add(numbers.group(1));
		}
		return claims;
	}

	private Result run(String base, List<String> paths, String authorization, int seconds) throws InterruptedException {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		java.util.Map<String, ConcurrentLinkedQueue<Long>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
		AtomicLong errors = new AtomicLong();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long started = System.nanoTime();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int client = 0; client < CLIENTS; client++) {
			int offset = client * 7;
			clients.submit(() -> {
				// a lean HTTP/1.1 client (one keep-alive connection per caller): the
				// JDK's
				// HttpClient took about a tenth of the two cores for itself, which the
				// server under measurement then lacked
				KeepAliveClient connection = new KeepAliveClient(base);
				try {
					for (int call = offset; System.nanoTime() < deadline; call++) {
						String path = paths.get(call % paths.size());
						long start = System.nanoTime();
						try {
							if (connection.get(path, authorization) != 200) {
								errors.incrementAndGet();
							}
						}
						catch (IOException ex) {
							errors.incrementAndGet();
							connection.close();
						}
						long took = System.nanoTime() - start;
						latencies.add(took);
						byKind.computeIfAbsent(kind(path), (key) -> new ConcurrentLinkedQueue<>()).add(took);
					}
				}
				finally {
					connection.close();
				}
			});
		}
		clients.shutdown();
		clients.awaitTermination(seconds + 60, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		sorted.sort(Long::compare);
		java.util.Map<String, Double> medians = new java.util.TreeMap<>();
		byKind.forEach((kind, values) -> {
			List<Long> ordered = new ArrayList<>(values);
			ordered.sort(Long::compare);
			medians.put(kind, ordered.get(ordered.size() / 2) / 1e6);
		});
		return new Result(sorted, elapsed, errors.get(), medians);
	}

	private double bcryptMillis() {
		String hash = this.passwords.encode("demo");
		this.passwords.matches("demo", hash);
		long start = System.nanoTime();
		for (int i = 0; i < 10; i++) {
			this.passwords.matches("demo", hash);
		}
		return (System.nanoTime() - start) / 10 / 1e6;
	}

	private static double hmacMillis() {
		try {
			SecretKeySpec key = new SecretKeySpec(new byte[32], "HmacSHA256");
			byte[] token = "ardk_0123456789012345678901234567890123456789012".getBytes(StandardCharsets.UTF_8);
			long start = System.nanoTime();
			for (int i = 0; i < 10_000; i++) {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				mac.doFinal(token);
			}
			return (System.nanoTime() - start) / 10_000 / 1e6;
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String kind(String path) {
		if (path.contains("/worklist")) {
			return "worklist";
		}
		if (path.contains("/aging")) {
			return "aging";
		}
		return path.contains("/claims?") ? "claims list" : "claim";
	}

	record Result(List<Long> latencies, double seconds, long errors, java.util.Map<String, Double> medians) {

		double perSecond() {
			return this.latencies.size() / this.seconds;
		}

		double percentile(int p) {
			if (this.latencies.isEmpty()) {
				return 0;
			}
			int index = Math.min(this.latencies.size() - 1, (int) Math.ceil(p / 100.0 * this.latencies.size()) - 1);
			return this.latencies.get(Math.max(0, index)) / 1e6;
		}

		@Override
		public String toString() {
			StringBuilder kinds = new StringBuilder();
			this.medians.forEach((kind, median) -> kinds.append(String.format(", %s %.1f", kind, median)));
			return String.format(
					"%,d requests in %.1f s = %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors; "
							+ "median ms by call%s",
					this.latencies.size(), this.seconds, perSecond(), percentile(50), percentile(95), percentile(99),
					this.errors, kinds);
		}

	}

	/**
	 * A minimal blocking HTTP/1.1 client over one keep-alive connection: sends a GET,
	 * reads the status and the whole body (by length or in chunks), reconnects when the
	 * server closes.
	 */
	static final class KeepAliveClient {

		private final String host;

		private final int port;

		private final String prefix;

		private java.net.Socket socket;

		private java.io.InputStream in;

		private java.io.OutputStream out;

		KeepAliveClient(String base) {
			URI uri = URI.create(base);
			this.host = uri.getHost();
			this.port = uri.getPort();
			this.prefix = uri.getRawPath();
		}

		int get(String path, String authorization) throws IOException {
			if (this.socket == null) {
				this.socket = new java.net.Socket(this.host, this.port);
				this.socket.setTcpNoDelay(true);
				this.in = new java.io.BufferedInputStream(this.socket.getInputStream(), 16_384);
				this.out = new java.io.BufferedOutputStream(this.socket.getOutputStream());
			}
			this.out.write(("GET " + this.prefix + path + " HTTP/1.1\r\nHost: " + this.host + ":" + this.port
					+ "\r\nAuthorization: " + authorization + "\r\nAccept: application/json\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			this.out.flush();
			String status = line();
			int code = Integer.parseInt(status.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(java.util.Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).strip());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			if (chunked) {
				for (String size = line();; size = line()) {
					int extension = size.indexOf(';');
					long chunk = Long.parseLong(((extension >= 0) ? size.substring(0, extension) : size).strip(), 16);
					if (chunk == 0) {
						while (!line().isEmpty()) {
							// trailers
						}
						break;
					}
					skip(chunk);
					line();
				}
			}
			else if (length >= 0) {
				skip(length);
			}
			if (close) {
				close();
			}
			return code;
		}

		void close() {
			if (this.socket != null) {
				try {
					this.socket.close();
				}
				catch (IOException ex) {
					// closing anyway
				}
				this.socket = null;
			}
		}

		private void skip(long bytes) throws IOException {
			long left = bytes;
			while (left > 0) {
				long skipped = this.in.skip(left);
				if (skipped <= 0) {
					if (this.in.read() < 0) {
						throw new java.io.EOFException("response body cut short");
					}
					skipped = 1;
				}
				left -= skipped;
			}
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
				if (c < 0) {
					throw new java.io.EOFException("connection closed");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

	}

}
