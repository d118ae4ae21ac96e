package io.ardesk.demodata.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Why payers deny, with the CARC (and RARCs) they use. The weights mirror the usual
 * shares in denial reports; authorisation and medical necessity dominate on costly
 * claims, which are the ones worth appealing.
 */
enum DenialReason {

	AUTHORIZATION("197", List.of("N54"), 12, 30, false),

	MISSING_INFORMATION("16", List.of("M76", "N290"), 18, 8, false),

	MEDICAL_NECESSITY("50", List.of("N115"), 9, 28, false),

	BUNDLED("97", List.of("M15"), 10, 4, true),

	NOT_PAYABLE_WITH_OTHER_SERVICE("234", List.of("N20"), 5, 2, true),

	TIMELY_FILING("29", List.of(), 6, 4, false),

	DUPLICATE("18", List.of(), 10, 6, false),

	COVERAGE_TERMINATED("27", List.of(), 9, 6, false),

	NOT_IDENTIFIED_AS_INSURED("31", List.of(), 6, 4, false),

	OTHER_PAYER_PRIMARY("22", List.of("MA04"), 12, 8, false);

	private final String carc;

	private final List<String> remarks;

	private final int weight;

	private final int highDollarWeight;

	private final boolean lineLevel;

	DenialReason(String carc, List<String> remarks, int weight, int highDollarWeight, boolean lineLevel) {
		this.carc = carc;
		this.remarks = remarks;
		this.weight = weight;
		this.highDollarWeight = highDollarWeight;
		this.lineLevel = lineLevel;
	}

	String carc() {
		return this.carc;
	}

	/**
	 * Missing-information denials name one missing item, the others their fixed remark.
	 */
	List<String> remarks(SplittableRandom random) {
		if (this.remarks.size() > 1) {
			return List.of(this.remarks.get(random.nextInt(this.remarks.size())));
		}
		return this.remarks;
	}

	/** Whether only an add-on line is denied while the rest of the claim is paid. */
	boolean lineLevel() {
		return this.lineLevel;
	}

	static DenialReason pick(SplittableRandom random, boolean highDollar, boolean hasAddOn) {
		int total = 0;
		for (DenialReason reason : values()) {
			total += reason.weightFor(highDollar, hasAddOn);
		}
		int ticket = random.nextInt(total);
		for (DenialReason reason : values()) {
			ticket -= reason.weightFor(highDollar, hasAddOn);
			if (ticket < 0) {
				return reason;
			}
		}
		return MISSING_INFORMATION;
	}

	private int weightFor(boolean highDollar, boolean hasAddOn) {
		if (this.lineLevel && !hasAddOn) {
			return 0;
		}
		return highDollar ? this.highDollarWeight : this.weight;
	}

}
