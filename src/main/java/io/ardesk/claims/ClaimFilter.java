package io.ardesk.claims;

import org.jspecify.annotations.Nullable;

/**
 * Which claims to list. Paging is by keyset: pass the last claim number of the previous
 * page.
 *
 * @param search a claim number (or its beginning)
 */
public record ClaimFilter(@Nullable ClaimStatus status, @Nullable Long payerId, @Nullable ResponsibleParty owedBy,
		@Nullable String search, boolean openOnly) {

	public static ClaimFilter all() {
		return new ClaimFilter(null, null, null, null, false);
	}

}
