package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Finds the tenant configuration folder: {@code ARDESK_TENANT_CONFIG} when set, else
 * {@code ./tenant-config}; when neither exists (the jar started from another folder), the
 * demo configuration packaged in the jar.
 */
final class TenantConfigLocation {

	private static final Logger log = LoggerFactory.getLogger(TenantConfigLocation.class);

	private TenantConfigLocation() {
	}

	static Path resolve(String configured) {
		if (StringUtils.hasText(configured)) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		Path local = Path.of("tenant-config").toAbsolutePath().normalize();
		if (Files.isDirectory(local)) {
			return local;
		}
		Path extracted = extractPackagedDemo();
		log.info("No ./tenant-config here; using the demo configuration packaged in the application");
		return extracted;
	}

	private static Path extractPackagedDemo() {
		try {
			Path folder = Files.createTempDirectory("ardesk-tenant-config");
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:demo-tenant-config/*.yaml");
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					Files.copy(in, folder.resolve(file.getFilename()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
