package io.ardesk.aging;

import io.ardesk.claims.ResponsibleParty;

/**
 * Credit balances: claims whose insurance or patient balance is negative, money owed back
 * to a payer or a patient. They are counted apart from the buckets and never netted
 * against what is owed.
 *
 * @param insurance owed back to payers: the amount (positive) and the claims
 * @param patient owed back to patients
 */
public record AgingCredits(BucketFigure insurance, BucketFigure patient) {

	public static final AgingCredits NONE = new AgingCredits(BucketFigure.NONE, BucketFigure.NONE);

	public BucketFigure owedTo(ResponsibleParty party) {
		return (party == ResponsibleParty.INSURANCE) ? this.insurance : this.patient;
	}

	public AgingCredits plus(AgingCredits other) {
		return new AgingCredits(this.insurance.plus(other.insurance), this.patient.plus(other.patient));
	}

	public boolean isEmpty() {
		return this.insurance.claims() == 0 && this.patient.claims() == 0;
	}

}
