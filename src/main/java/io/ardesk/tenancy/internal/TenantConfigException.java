package io.ardesk.tenancy.internal;

/**
 * A file in {@code tenant-config/} is invalid. Start-up stops with this message; nothing
 * was changed.
 */
public class TenantConfigException extends RuntimeException {

	private final String file;

	private final String field;

	TenantConfigException(String file, String field, String problem) {
		super("Invalid tenant configuration in " + file + ": field '" + field + "' " + problem);
		this.file = file;
		this.field = field;
	}

	public String file() {
		return this.file;
	}

	public String field() {
		return this.field;
	}

}
