package io.ardesk.documents;

import io.ardesk.shared.problem.NotFoundException;

/**
 * No such document request or file for this client (or not the caller's to read): 404.
 */
public class DocumentNotFoundException extends NotFoundException {

	public DocumentNotFoundException(String message) {
		super(message);
	}

}
