package io.ardesk.codes;

/**
 * What a payer's codes say the practice must supply before the claim can be worked: the
 * kind of document, what to ask for, and the codes that said so (e.g. {@code CARC 197} or
 * {@code CARC 16, RARC M127}).
 */
public record DocumentHold(Kind kind, String whatIsNeeded, String codes) {

	/** The kinds of documents a hold waits for. */
	public enum Kind {

		AUTHORIZATION("Authorization"), REFERRAL("Referral"), MEDICAL_RECORDS("Medical records"),
		CLAIM_INFORMATION("Claim information");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
