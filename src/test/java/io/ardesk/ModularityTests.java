package io.ardesk;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules only use each other's published API, along the allowed dependencies, and
 * their documentation is generated from the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ArdeskApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleIsKnown() {
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).contains("tenancy", "security",
				"portal", "housekeeping", "edi", "codes", "shared");
	}

	@Test
	void documentationIsWrittenToTarget() throws Exception {
		Path output = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation();
		assertThat(output.resolve("components.puml")).exists();
		try (var files = Files.list(output)) {
			assertThat(files.map((file) -> file.getFileName().toString())).anyMatch((name) -> name.contains("tenancy"));
		}
	}

}
