package io.ardesk.edi;

import org.jspecify.annotations.Nullable;

/**
 * Loop 1000B of an 835: the provider the payment is made to.
 *
 * @param npi N104 when N103 is XX
 * @param taxId N104 when N103 is FI, else REF*TJ
 * @param position segment number of the N1*PE within the file, 0 when the advice has none
 */
public record Payee(@Nullable String name, @Nullable String npi, @Nullable String taxId, int position) {

	public static final Payee NONE = new Payee(null, null, null, 0);

	/** Whether the advice names the payee by NPI or tax id. */
	public boolean isIdentified() {
		return this.npi != null || this.taxId != null;
	}

}
