package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.ardesk.tenancy.FirmProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads every file of the tenant configuration folder: {@code firm.yaml} for firm
 * defaults and one {@code *.yaml} per client practice. All files are validated before
 * anything is applied.
 */
final class TenantConfigFolder {

	static final String FIRM_FILE = "firm.yaml";

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	TenantCatalog read(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new TenantConfigException(folder.toString(), "(folder)", "does not exist or is not a folder");
		}
		FirmProfile firm = FirmConfigValidator.defaults();
		List<ClientDefinition> clients = new ArrayList<>();
		Map<String, String> idToFile = new HashMap<>();
		Map<String, String> schemaToFile = new HashMap<>();
		for (Path path : yamlFiles(folder)) {
			String file = path.getFileName().toString();
			byte[] content = bytes(path);
			if (FIRM_FILE.equals(file)) {
				firm = new FirmConfigValidator().validate(file, parse(file, content, FirmConfigFile.class));
				continue;
			}
			ClientConfigFile config = parse(file, content, ClientConfigFile.class);
			ClientConfigValidator validator = new ClientConfigValidator(file);
			var profile = validator.validate(config);
			SchemaName schema = validator.schema(config);
			String sameId = idToFile.putIfAbsent(profile.id().value(), file);
			if (sameId != null) {
				throw validator.invalid("id", "duplicates the id of " + sameId);
			}
			String sameSchema = schemaToFile.putIfAbsent(schema.value(), file);
			if (sameSchema != null) {
				throw validator.invalid("schema", "duplicates the schema of " + sameSchema);
			}
			clients.add(new ClientDefinition(profile, schema, file, sha256(content)));
		}
		return new TenantCatalog(firm, List.copyOf(clients));
	}

	private <T> T parse(String file, byte[] content, Class<T> type) {
		try {
			T value = this.yaml.readValue(content, type);
			if (value == null) {
				throw new TenantConfigException(file, "(file)", "is empty");
			}
			return value;
		}
		catch (UnrecognizedPropertyException ex) {
			throw new TenantConfigException(file, path(ex, ex.getPropertyName()), "is not a known setting");
		}
		catch (JacksonException ex) {
			throw new TenantConfigException(file, path(ex, "(file)"),
					"cannot be read: " + ex.getOriginalMessage().lines().findFirst().orElse(""));
		}
	}

	private static String path(JacksonException ex, String fallback) {
		String path = ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("");
		return path.isEmpty() ? fallback : path;
	}

	private static List<Path> yamlFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((p) -> p.getFileName().toString().endsWith(".yaml")
						|| p.getFileName().toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(String content) {
		return sha256(content.getBytes(StandardCharsets.UTF_8));
	}

}
