package io.ardesk.tenancy;

import java.util.List;

/**
 * The identifiers a client practice bills under (tenant-config {@code npis:} and
 * {@code taxIds:}), so that a file of another practice is refused. Empty lists mean the
 * client accepts any file (with a warning).
 *
 * @param npis billing (and payee) NPIs, ten digits
 * @param taxIds tax ids (EIN) as written in the file; compared without dashes
 */
public record ProviderIdentifiers(List<String> npis, List<String> taxIds) {

	public ProviderIdentifiers {
		npis = List.copyOf(npis);
		taxIds = List.copyOf(taxIds);
	}

	public static ProviderIdentifiers none() {
		return new ProviderIdentifiers(List.of(), List.of());
	}

	/** No identifier configured: any file is accepted. */
	public boolean isEmpty() {
		return this.npis.isEmpty() && this.taxIds.isEmpty();
	}

	public boolean hasNpi(String npi) {
		return this.npis.contains(npi.trim());
	}

	public boolean hasTaxId(String taxId) {
		String wanted = digits(taxId);
		return this.taxIds.stream().anyMatch((own) -> digits(own).equals(wanted));
	}

	private static String digits(String value) {
		return value.replaceAll("[^0-9A-Za-z]", "");
	}

}
