package io.ardesk.security;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import io.ardesk.worklist.WorkQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An integration's life with an API token: issued once, used as Bearer, confined to its
 * user's clients and, if read-only, to reading; refused once expired or revoked; private
 * to its user (and the firm administrators).
 */
@ArdeskIntegrationTest
class ApiTokensIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	static final Pattern TOKEN = Pattern.compile("\"token\":\"(ardk_[A-Za-z0-9_-]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	JdbcClient jdbc;

	LoopbackCaller api;

	@BeforeEach
	void seed() {
		this.api = LoopbackCaller.fresh(this.port);
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			this.imports.importFile(LAKEVIEW, "tokens.837",
					X12Builder.claims837("ACME HEALTH", "ACME1")
						.claim("TK-1", "P", "1", "20260105", "250.00")
						.build(LAKEVIEW),
					ImportProgress.none());
			this.queue.refresh(LAKEVIEW, true);
		});
	}

	@Test
	void aUserCreatesATokenSeesItOnceAndCallsTheApiWithItAsBearer() {
		HttpResponse<String> created = this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens",
				"{\"name\":\"Dialer\",\"readOnly\":false,\"expiresInDays\":30}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).matches(".*/api/v1/me/tokens/\\d+"));
		String token = token(created);
		long id = id(created);
		HttpResponse<String> me = this.api.bearer(token, "GET", "/api/v1/me", "");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"specialist\"");

		HttpResponse<String> listed = this.api.basic("specialist", "demo", "GET", "/api/v1/me/tokens", "");
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(listed.body()).as("the token is shown once, never listed").doesNotContain(token);
		JsonNode item = item(listed, id);
		assertThat(item.get("name").asString()).isEqualTo("Dialer");
		assertThat(item.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(item.get("readOnly").asBoolean()).isFalse();
		assertThat(item.get("prefix").asString()).isEqualTo(token.substring(0, 12));
		assertThat(item.get("lastUsedAt").isNull()).as("its use was noted").isFalse();
		String stored = this.jdbc.sql("select token_hash from control.api_token where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(stored).as("only a keyed hash is kept").hasSize(64).doesNotContain(token.substring(5));
	}

	@Test
	void aTokenReachesOnlyItsUsersClients() {
		String token = token(this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens", "{\"name\":\"Bot\"}"));

		assertThat(this.api.bearer(token, "GET", "/api/v1/clients/lakeview-ortho/claims", "").statusCode())
			.isEqualTo(200);
		HttpResponse<String> other = this.api.bearer(token, "GET", "/api/v1/clients/riverside-cardiology/claims", "");
		assertThat(other.statusCode()).as("the specialist is not assigned to Riverside").isIn(403, 404);
		assertThat(this.api.bearer(token, "GET", "/api/v1/clients", "").body()).contains("lakeview-ortho")
			.doesNotContain("riverside-cardiology");
	}

	@Test
	void aReadOnlyTokenReadsButCannotChangeWhatItsUserMay() {
		String readOnly = token(this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens",
				"{\"name\":\"BI export\",\"readOnly\":true}"));
		String readWrite = token(
				this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens", "{\"name\":\"RPA bot\"}"));
		String change = "{\"status\":\"IN_PROGRESS\",\"note\":\"Working it\"}";

		assertThat(this.api.bearer(readOnly, "GET", "/api/v1/clients/lakeview-ortho/claims/TK-1", "").statusCode())
			.isEqualTo(200);
		HttpResponse<String> refused = this.api.bearer(readOnly, "POST",
				"/api/v1/clients/lakeview-ortho/claims/TK-1/status", change);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("read-only");
		HttpResponse<String> done = this.api.bearer(readWrite, "POST",
				"/api/v1/clients/lakeview-ortho/claims/TK-1/status", change);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
	}

	@Test
	void anExpiredTokenIsRefused() {
		HttpResponse<String> created = this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens",
				"{\"name\":\"Short-lived\",\"expiresInDays\":1}");
		this.jdbc.sql("update control.api_token set expires_at = now() - interval '1 minute' where id = ?")
			.param(id(created))
			.update();

		HttpResponse<String> refused = this.api.bearer(token(created), "GET", "/api/v1/me", "");

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("unknown, expired or revoked");
		assertThat(item(this.api.basic("specialist", "demo", "GET", "/api/v1/me/tokens", ""), id(created)).get("status")
			.asString()).isEqualTo("EXPIRED");
	}

	@Test
	void aRevokedTokenIsRefusedAtOnce() {
		HttpResponse<String> created = this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens",
				"{\"name\":\"Leaked\"}");
		String token = token(created);
		assertThat(this.api.bearer(token, "GET", "/api/v1/me", "").statusCode()).isEqualTo(200);

		assertThat(this.api.basic("specialist", "demo", "DELETE", "/api/v1/me/tokens/" + id(created), "").statusCode())
			.isEqualTo(204);

		assertThat(this.api.bearer(token, "GET", "/api/v1/me", "").statusCode()).isEqualTo(401);
		assertThat(this.api.bearer("ardk_" + "x".repeat(43), "GET", "/api/v1/me", "").statusCode())
			.as("an unknown token")
			.isEqualTo(401);
	}

	@Test
	void anotherUsersTokenCannotBeListedOrRevokedButAnAdministratorCan() {
		HttpResponse<String> created = this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens",
				"{\"name\":\"Specialist's dialer\"}");
		long id = id(created);
		String token = token(created);

		assertThat(this.api.basic("specialist2", "demo", "GET", "/api/v1/me/tokens", "").body())
			.doesNotContain("Specialist's dialer");
		assertThat(this.api.basic("specialist2", "demo", "DELETE", "/api/v1/me/tokens/" + id, "").statusCode())
			.isEqualTo(404);
		assertThat(
				this.api.basic("specialist2", "demo", "GET", "/api/v1/admin/users/specialist/tokens", "").statusCode())
			.isEqualTo(403);
		assertThat(this.api.bearer(token, "GET", "/api/v1/me", "").statusCode()).as("still valid").isEqualTo(200);

		assertThat(this.api.basic("admin", "demo", "GET", "/api/v1/admin/users/specialist/tokens", "").body())
			.contains("Specialist's dialer");
		assertThat(this.api.basic("admin", "demo", "DELETE", "/api/v1/admin/users/specialist/tokens/" + id, "")
			.statusCode()).isEqualTo(204);
		assertThat(this.api.bearer(token, "GET", "/api/v1/me", "").statusCode()).isEqualTo(401);
	}

	@Test
	void anAdministratorIssuesATokenForAUser() {
		HttpResponse<String> created = this.api.basic("admin", "demo", "POST",
				"/api/v1/admin/users/viewer.lakeview-ortho/tokens", "{\"name\":\"Practice BI\",\"readOnly\":true}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		HttpResponse<String> me = this.api.bearer(token(created), "GET", "/api/v1/me", "");
		assertThat(me.body()).contains("viewer.lakeview-ortho");
		assertThat(this.api.basic("viewer.lakeview-ortho", "demo", "GET", "/api/v1/me/tokens", "").body())
			.contains("Practice BI", "\"createdBy\":\"admin\"");
	}

	@Test
	void aTokenCannotManageTokens() {
		String token = token(this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens", "{\"name\":\"Bot\"}"));

		assertThat(this.api.bearer(token, "POST", "/api/v1/me/tokens", "{\"name\":\"Another\"}").statusCode())
			.isEqualTo(403);
		assertThat(this.api.bearer(token, "GET", "/api/v1/me/tokens", "").statusCode()).isEqualTo(403);
	}

	@Test
	void badTokenRequestsAreA400NamingTheField() {
		HttpResponse<String> noName = this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens",
				"{\"name\":\"  \"}");
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(noName.body()).contains("\"field\":\"name\"");
		HttpResponse<String> forever = this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens",
				"{\"name\":\"Forever\",\"expiresInDays\":100000}");
		assertThat(forever.statusCode()).isEqualTo(400);
		assertThat(forever.body()).contains("\"field\":\"expiresInDays\"", "1 to 365 days");
		HttpResponse<String> notJson = this.api.basic("specialist", "demo", "POST", "/api/v1/me/tokens", "{name");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(this.api.basic("specialist", "demo", "DELETE", "/api/v1/me/tokens/abc", "").statusCode())
			.isEqualTo(400);
	}

	private static JsonNode item(HttpResponse<String> list, long id) {
		JsonNode items = JsonMapper.builder().build().readTree(list.body());
		for (JsonNode item : items) {
			if (item.get("id").asLong() == id) {
				return item;
			}
		}
		throw new AssertionError("token " + id + " not in " + list.body());
	}

	private static String token(HttpResponse<String> created) {
		Matcher matcher = TOKEN.matcher(created.body());
		assertThat(matcher.find()).as("a token in %s", created.body()).isTrue();
		return matcher.group(1);
	}

	private static long id(HttpResponse<String> created) {
		Matcher matcher = ID.matcher(created.body());
		assertThat(matcher.find()).as("an id in %s", created.body()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
