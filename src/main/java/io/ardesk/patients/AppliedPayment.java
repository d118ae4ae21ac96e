package io.ardesk.patients;

import java.math.BigDecimal;

/** The part of a patient payment that went to one claim. */
public record AppliedPayment(String claimNumber, BigDecimal amount) {

}
