package io.ardesk.worklist;

/** The claim, request, appeal or note asked for does not exist for this client. */
public class ClaimActionNotFoundException extends RuntimeException {

	public ClaimActionNotFoundException(String message) {
		super(message);
	}

}
