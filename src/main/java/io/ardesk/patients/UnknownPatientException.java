package io.ardesk.patients;

import io.ardesk.shared.problem.NotFoundException;

/** The client has no patient with this id (names are never put in the message). */
public class UnknownPatientException extends NotFoundException {

	public UnknownPatientException(long patientId) {
		super("No such patient for this client.");
	}

}
