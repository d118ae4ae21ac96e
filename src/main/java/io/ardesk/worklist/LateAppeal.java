package io.ardesk.worklist;

/**
 * Why an appeal started after its deadline should still be heard; the letter says so
 * instead of claiming it is on time.
 *
 * @param explanation what happened (the good cause), or what the enclosed proof shows
 */
public record LateAppeal(Reason reason, String explanation) {

	/** The longest explanation kept. */
	public static final int MAX_EXPLANATION = 2000;

	public enum Reason {

		/**
		 * Circumstances beyond the provider's control kept the appeal from being filed.
		 */
		GOOD_CAUSE("Good cause"),
		/** The claim (or the appeal) did reach the payer in time; proof is attached. */
		PROOF_OF_TIMELY_FILING("Proof of timely filing attached");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
