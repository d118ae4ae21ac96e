package io.ardesk.claims.internal;

/** Plain words for CLP02, the payer's claim status on a remittance. */
final class ClaimPaymentStatus {

	private ClaimPaymentStatus() {
	}

	static String label(String code) {
		return switch (code) {
			case "1" -> "Processed as primary";
			case "2" -> "Processed as secondary";
			case "3" -> "Processed as tertiary";
			case "4" -> "Denied";
			case "19" -> "Processed as primary, forwarded to another payer";
			case "20" -> "Processed as secondary, forwarded to another payer";
			case "21" -> "Processed as tertiary, forwarded to another payer";
			case "22" -> "Reversal of previous payment";
			case "23" -> "Not our claim, forwarded";
			case "25" -> "Predetermination pricing only";
			default -> "Status " + code;
		};
	}

}
