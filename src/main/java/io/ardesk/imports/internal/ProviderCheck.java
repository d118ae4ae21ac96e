package io.ardesk.imports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ardesk.edi.FileFormat;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.Payee;
import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.edi.SubmittedClaim;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ProviderIdentifiers;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Makes sure a file reaches the right client: an 835 whose payee (N1*PE NPI or tax id,
 * REF*TJ) or an 837 whose billing provider (2010AA NPI, REF*EI) matches none of the
 * client's identifiers (tenant-config {@code npis:}, {@code taxIds:}) is refused, naming
 * the provider and the client of the firm it seems to belong to. A client with no
 * identifiers configured accepts any file, with a warning.
 */
@Component
class ProviderCheck {

	private final ClientDirectory directory;

	ProviderCheck(ClientDirectory directory) {
		this.directory = directory;
	}

	/** Problems that refuse the file, and warnings that do not. */
	record Result(List<FileIssue> errors, List<String> warnings) {
	}

	/** A provider as a file names it, with where it is first named and how often. */
	private record Provider(@Nullable String name, @Nullable String npi, @Nullable String taxId, String segment,
			int position, int count) {

		boolean identified() {
			return this.npi != null || this.taxId != null;
		}

		String describe() {
			List<String> ids = new ArrayList<>();
			if (this.npi != null) {
				ids.add("NPI " + this.npi);
			}
			if (this.taxId != null) {
				ids.add("tax id " + this.taxId);
			}
			if (this.name == null) {
				return String.join(", ", ids);
			}
			return this.name + (ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")");
		}

	}

	Result check(ClientId client, FileFormat format, @Nullable List<RemittanceAdvice> advices,
			@Nullable List<SubmittedClaim> claims) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		ProviderIdentifiers own = profile.providers();
		boolean remittance = advices != null;
		String role = remittance ? "payee" : "billing provider";
		if (own.isEmpty()) {
			return new Result(List.of(), List.of(profile.name() + " has no provider identifiers configured (npis and "
					+ "taxIds in its tenant-config file): the file's " + role + " was not checked"));
		}
		List<Provider> providers = remittance ? payees(advices) : billingProviders(claims);
		List<FileIssue> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (Provider provider : providers) {
			if (!provider.identified()) {
				String problem = (remittance ? "The remittance advice" : (provider.count() + " claim(s)")) + " name no "
						+ role + " NPI or tax id ("
						+ (remittance ? "N1*PE N103/N104 or REF*TJ" : "2010AA NM109 or REF*EI")
						+ "), so they cannot be confirmed as " + profile.name() + "'s";
				if (format == FileFormat.CSV_CLAIMS) {
					warnings.add(provider.count() + " claim(s) name no billing_npi or billing_tax_id: not checked "
							+ "against " + profile.name() + "'s providers");
				}
				else {
					errors.add(new FileIssue(problem, provider.segment(), provider.position()));
				}
				continue;
			}
			if (matches(own, provider)) {
				continue;
			}
			String owner = ownerOf(client, provider).map((other) -> "it seems to belong to " + other.name())
				.orElse("it matches no client of the firm");
			String claimsNamed = remittance ? "" : " of " + provider.count() + " claim(s)";
			errors.add(new FileIssue(
					"The " + role + " " + provider.describe() + claimsNamed + " is not one of " + profile.name()
							+ "'s providers (" + String.join(", ", describe(own)) + "): " + owner
							+ ". Nothing was posted; " + "import the file into the right client",
					provider.segment(), provider.position()));
		}
		return new Result(errors, warnings);
	}

	private static boolean matches(ProviderIdentifiers identifiers, Provider provider) {
		return (provider.npi() != null && identifiers.hasNpi(provider.npi()))
				|| (provider.taxId() != null && identifiers.hasTaxId(provider.taxId()));
	}

	private Optional<ClientProfile> ownerOf(ClientId client, Provider provider) {
		return this.directory.activeClients()
			.stream()
			.filter((other) -> !other.id().equals(client))
			.filter((other) -> matches(other.providers(), provider))
			.findFirst();
	}

	private static List<String> describe(ProviderIdentifiers identifiers) {
		List<String> ids = new ArrayList<>();
		identifiers.npis().forEach((npi) -> ids.add("NPI " + npi));
		identifiers.taxIds().forEach((taxId) -> ids.add("tax id " + taxId));
		return ids;
	}

	private static List<Provider> payees(List<RemittanceAdvice> advices) {
		Map<String, Provider> byKey = new LinkedHashMap<>();
		for (RemittanceAdvice advice : advices) {
			Payee payee = advice.payee();
			String key = payee.npi() + "|" + payee.taxId();
			int position = (payee.position() > 0) ? payee.position() : advice.position();
			String segment = (payee.position() > 0) ? "N1" : "ST";
			byKey.merge(key, new Provider(payee.name(), payee.npi(), payee.taxId(), segment, position, 1),
					(first, next) -> new Provider(first.name(), first.npi(), first.taxId(), first.segment(),
							first.position(), first.count() + 1));
		}
		return List.copyOf(byKey.values());
	}

	private static List<Provider> billingProviders(List<SubmittedClaim> claims) {
		Map<String, Provider> byKey = new LinkedHashMap<>();
		for (SubmittedClaim claim : claims) {
			String key = claim.billingNpi() + "|" + claim.billingTaxId();
			byKey.merge(key, new Provider(null, claim.billingNpi(), claim.billingTaxId(), "CLM", claim.position(), 1),
					(first, next) -> new Provider(first.name(), first.npi(), first.taxId(), first.segment(),
							first.position(), first.count() + 1));
		}
		return List.copyOf(byKey.values());
	}

}
