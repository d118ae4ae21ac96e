package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment in {@code docker/compose.yaml} (Docker does not run here, so its shape
 * is checked): PostgreSQL only on an internal network, passwords required without
 * fallbacks, and the portal on its own non-superuser role created by the init script.
 */
class DockerComposeTest {

	static final Path COMPOSE = Path.of("docker", "compose.yaml");

	@Test
	void theDatabaseIsReachableOnlyOnTheInternalNetworkAndNeedsPasswordsWithoutFallbacks() throws IOException {
		String text = Files.readString(COMPOSE);
		JsonNode compose = new YAMLMapper().readTree(text);
		JsonNode db = compose.path("services").path("db");
		JsonNode app = compose.path("services").path("app");

		assertThat(db.has("ports")).as("no published database port").isFalse();
		assertThat(db.has("expose")).isFalse();
		assertThat(strings(db.path("networks"))).containsExactly("backend");
		assertThat(compose.path("networks").path("backend").path("internal").asBoolean()).isTrue();
		assertThat(strings(app.path("networks"))).containsExactlyInAnyOrder("backend", "frontend");

		assertThat(db.path("environment").path("POSTGRES_PASSWORD").asString()).startsWith("${POSTGRES_PASSWORD:?");
		assertThat(db.path("environment").path("ARDESK_DB_PASSWORD").asString()).startsWith("${ARDESK_DB_PASSWORD:?");
		assertThat(app.path("environment").path("SPRING_DATASOURCE_PASSWORD").asString())
			.startsWith("${ARDESK_DB_PASSWORD:?");
		assertThat(text).as("no default passwords anywhere").doesNotContain(":-");

		assertThat(app.path("environment").path("SPRING_DATASOURCE_USERNAME").asString()).isEqualTo("ardesk_app")
			.isNotEqualTo(db.path("environment").path("POSTGRES_USER").asString());
		assertThat(strings(db.path("volumes")))
			.anyMatch((volume) -> volume.startsWith("./initdb/10-ardesk-role.sh:/docker-entrypoint-initdb.d/"))
			.anyMatch((volume) -> volume.startsWith("./initdb/ardesk-role.sql:/ardesk-initdb/ardesk-role.sql"));
		assertThat(Files.readString(Path.of("docker", "initdb", "10-ardesk-role.sh")))
			.contains("/ardesk-initdb/ardesk-role.sql", "ON_ERROR_STOP=1", "${ARDESK_DB_PASSWORD:?");
		assertThat(Path.of("docker", "initdb", "10-ardesk-role.sh")).isExecutable();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

}
