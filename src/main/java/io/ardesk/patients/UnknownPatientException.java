package io.ardesk.patients;

/** The client has no patient with this id (names are never put in the message). */
public class UnknownPatientException extends io.ardesk.shared.problem.NotFoundException {

	public UnknownPatientException(long patientId) {
		super("No such patient for this client.");
	}

}
