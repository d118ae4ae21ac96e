package io.ardesk.patients;

/** The client has no patient with this id (names are never put in the message). */
public class UnknownPatientException extends RuntimeException {

	public UnknownPatientException(long patientId) {
		super("No patient " + patientId + " at this client");
	}

}
