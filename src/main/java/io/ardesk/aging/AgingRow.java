package io.ardesk.aging;

import io.ardesk.claims.ResponsibleParty;

/**
 * One group of an aging report (a payer, a payer category, a rendering provider or a
 * location) with its insurance and patient balances per bucket.
 *
 * @param groupKey what identifies the group in a drill-down: the payer's id, the category
 * name, the NPI or the location; empty when the claims do not record it
 * @param group the group's name for people
 * @param credits the group's credit balances, apart from what is owed
 */
public record AgingRow(String groupKey, String group, AgingLine insurance, AgingLine patient, AgingCredits credits) {

	public AgingLine owedBy(ResponsibleParty party) {
		return (party == ResponsibleParty.INSURANCE) ? this.insurance : this.patient;
	}

}
