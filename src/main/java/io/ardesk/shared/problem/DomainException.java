package io.ardesk.shared.problem;

import org.jspecify.annotations.Nullable;

/**
 * A failure the user caused or can act on, with a message written for that user (never
 * database or library text). The REST layer maps each subclass to its HTTP status and a
 * problem detail naming {@link #field()}; views show the message next to that field.
 * Anything that is not a {@code DomainException} is a programming or infrastructure error
 * and reaches users only as a generic problem with a correlation id.
 */
public abstract class DomainException extends RuntimeException {

	private final @Nullable String field;

	protected DomainException(@Nullable String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The input field, query parameter, segment or line the problem is about, if any
	 * (e.g. {@code note}, {@code minAgeDays}, {@code CLP*3}, {@code line 12}).
	 */
	public @Nullable String field() {
		return this.field;
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		return (message != null) ? message : "";
	}

}
