package io.ardesk.imports;

/** Receives progress of a long import, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {

	/**
	 * @param fraction between 0 and 1
	 * @param step what is being done, in a few words
	 */
	void update(double fraction, String step);

	static ImportProgress none() {
		return (fraction, step) -> {
		};
	}

}
