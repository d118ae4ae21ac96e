package io.ardesk.patients;

public enum PaymentPlanStatus {

	ACTIVE, COMPLETED, DEFAULTED, CANCELLED

}
