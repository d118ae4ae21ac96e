package io.ardesk.shared.problem;

/**
 * An uploaded file is larger than the limit for its kind: HTTP 413. Raised while the file
 * is still arriving, so nothing beyond the limit is ever held.
 */
public class PayloadTooLargeException extends DomainException {

	public PayloadTooLargeException(String field, String message) {
		super(field, message);
	}

}
