package io.ardesk.demodata.internal;

import org.jspecify.annotations.Nullable;

/**
 * One 2400 service line.
 *
 * @param lineControl REF*6R, echoed by the payer so lines can be matched
 */
record ClaimLine(int number, String code, @Nullable String modifier, int units, long charge, String lineControl,
		boolean addOn) {

	String procedureComposite() {
		return "HC:" + this.code + ((this.modifier != null) ? ":" + this.modifier : "");
	}

}
