package io.ardesk.housekeeping;

/**
 * One check of the nightly consistency run, contributed by the module whose data it
 * checks (the housekeeping module knows no module above it). It runs inside the run's
 * transaction with the client's schema already bound, and only reads.
 */
public interface ClientCheck {

	/** Checks the bound client's data. */
	Result check();

	/**
	 * @param summary one line for people, naming a few examples of what is wrong
	 */
	record Result(String name, int itemsChecked, int problemsFound, String summary) {
	}

}
