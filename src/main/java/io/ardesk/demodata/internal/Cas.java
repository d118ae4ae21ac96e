package io.ardesk.demodata.internal;

/** One CAS triplet; amount in cents. */
record Cas(String group, String reason, long amount) {

	Cas negated() {
		return new Cas(this.group, this.reason, -this.amount);
	}

}
