package io.ardesk.shared.problem;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The id that ties an unexpected failure shown to a user ("Something went wrong,
 * reference 3F9A1C2B") to the one log line about it, so that support can find it without
 * the user ever seeing library or database text.
 */
public final class ErrorReference {

	private static final SecureRandom random = new SecureRandom();

	private static final int MAX_DEPTH = 10;

	private ErrorReference() {
	}

	/**
	 * Logs one line about an unexpected failure (what was being done, the exception types
	 * and where in ARdesk it surfaced; the stack trace only at debug level) and returns
	 * its new reference.
	 * @param doing what was being done, e.g. "answering GET /api/v1/..." (no patient
	 * data)
	 */
	public static String log(Logger log, String doing, Throwable failure) {
		String reference = next();
		log.error("Unexpected failure {} [reference {}]: {} at {}", doing, reference, types(failure), origin(failure));
		log.debug("Stack trace of reference {}", reference, failure);
		return reference;
	}

	/** What a person is told about an unexpected failure. */
	public static String userMessage(String reference) {
		return "Something went wrong (reference " + reference + "). Try again; if it happens again, "
				+ "give the reference to your administrator.";
	}

	/** A new reference: eight upper-case hex digits. */
	public static String next() {
		byte[] bytes = new byte[4];
		random.nextBytes(bytes);
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

	/**
	 * Where in ARdesk's own code the failure surfaced: the first {@code io.ardesk} frame
	 * of the exception or its causes, for the log line (file and line, never a message).
	 */
	public static String origin(Throwable failure) {
		int depth = 0;
		for (Throwable current = failure; current != null && depth++ < MAX_DEPTH; current = cause(current)) {
			for (StackTraceElement frame : current.getStackTrace()) {
				if (frame.getClassName().startsWith("io.ardesk.")) {
					return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
				}
			}
		}
		return "outside ARdesk";
	}

	/**
	 * The exception's type and those of its causes, innermost last: informative without
	 * messages, which may quote patient data or SQL.
	 */
	public static String types(Throwable failure) {
		StringBuilder types = new StringBuilder(failure.getClass().getName());
		int depth = 0;
		for (Throwable cause = cause(failure); cause != null && depth++ < MAX_DEPTH; cause = cause(cause)) {
			types.append(" <- ").append(cause.getClass().getName());
		}
		return types.toString();
	}

	private static @Nullable Throwable cause(Throwable failure) {
		Throwable cause = failure.getCause();
		return (cause != failure) ? cause : null;
	}

}
