package io.ardesk.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * Who patients pay and call, printed on statements (tenant-config {@code billing:}).
 * Addresses are multi-line text.
 */
public record BillingContact(@Nullable String address, @Nullable String phone, @Nullable String contact,
		@Nullable String paymentUrl, @Nullable String payByPhoneHours, @Nullable String checksPayableTo,
		@Nullable String remitAddress) {

	public static BillingContact none() {
		return new BillingContact(null, null, null, null, null, null, null);
	}

	/** Where mailed payments go: the remit address, else the practice address. */
	public @Nullable String remitTo() {
		return (this.remitAddress != null) ? this.remitAddress : this.address;
	}

}
