package io.ardesk.codes;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.ardesk.codes.DocumentHold.Kind;

/**
 * The catalogue's mapping from denial and remark codes to documents the practice must
 * supply. A reason code that alone means missing documents holds the claim whatever its
 * remarks; CARC 16 (claim lacks information) holds it only with a remark that names a
 * document, because most CARC 16 denials are billing errors the firm corrects itself.
 * Patient-responsibility (PR) adjustments never hold a claim.
 *
 * <table>
 * <caption>Reason codes that hold a claim</caption>
 * <tr>
 * <th>CARC</th>
 * <th>Meaning</th>
 * <th>Ask the practice for</th>
 * </tr>
 * <tr>
 * <td>15</td>
 * <td>authorization number missing or invalid</td>
 * <td>Authorization number</td>
 * </tr>
 * <tr>
 * <td>197</td>
 * <td>precertification/authorization absent</td>
 * <td>Authorization number</td>
 * </tr>
 * <tr>
 * <td>198</td>
 * <td>precertification/authorization exceeded</td>
 * <td>Authorization covering the services billed</td>
 * </tr>
 * <tr>
 * <td>288</td>
 * <td>referral absent</td>
 * <td>Referral</td>
 * </tr>
 * <tr>
 * <td>252</td>
 * <td>an attachment or other documentation is required</td>
 * <td>Medical records</td>
 * </tr>
 * <tr>
 * <td>226</td>
 * <td>information requested from the provider was not provided</td>
 * <td>Records the payer requested</td>
 * </tr>
 * </table>
 * <table>
 * <caption>Remarks that make CARC 16 a hold</caption>
 * <tr>
 * <th>RARC</th>
 * <th>Ask the practice for</th>
 * </tr>
 * <tr>
 * <td>M127, N706, N705, N29</td>
 * <td>Medical records</td>
 * </tr>
 * <tr>
 * <td>M29</td>
 * <td>Operative note</td>
 * </tr>
 * <tr>
 * <td>M62, N54</td>
 * <td>Authorization number</td>
 * </tr>
 * <tr>
 * <td>N286</td>
 * <td>Referral (referring provider)</td>
 * </tr>
 * <tr>
 * <td>MA130</td>
 * <td>Missing claim information (demographics, insurance)</td>
 * </tr>
 * </table>
 */
public final class DocumentHolds {

	private record Need(Kind kind, String what) {
	}

	static final Map<String, Need> REASONS = Map.of("15", new Need(Kind.AUTHORIZATION, "Authorization number"), "197",
			new Need(Kind.AUTHORIZATION, "Authorization number"), "198",
			new Need(Kind.AUTHORIZATION, "Authorization covering the services billed"), "288",
			new Need(Kind.REFERRAL, "Referral"), "252", new Need(Kind.MEDICAL_RECORDS, "Medical records"), "226",
			new Need(Kind.MEDICAL_RECORDS, "Records the payer requested"));

	static final Map<String, Need> MISSING_INFORMATION_REMARKS = Map.of("M127",
			new Need(Kind.MEDICAL_RECORDS, "Medical records"), "N706",
			new Need(Kind.MEDICAL_RECORDS, "Medical records"), "N705",
			new Need(Kind.MEDICAL_RECORDS, "Medical records"), "N29", new Need(Kind.MEDICAL_RECORDS, "Medical records"),
			"M29", new Need(Kind.MEDICAL_RECORDS, "Operative note"), "M62",
			new Need(Kind.AUTHORIZATION, "Authorization number"), "N54",
			new Need(Kind.AUTHORIZATION, "Authorization number"), "N286",
			new Need(Kind.REFERRAL, "Referral (referring provider)"), "MA130",
			new Need(Kind.CLAIM_INFORMATION, "Missing claim information (demographics, insurance)"));

	private static final String MISSING_INFORMATION = "16";

	private DocumentHolds() {
	}

	/**
	 * The document an adjustment asks for, if any.
	 * @param group the CAS group code
	 * @param carc the reason code
	 * @param remarks the remark codes of the same claim payment (claim or line level)
	 */
	public static Optional<DocumentHold> of(String group, String carc, Collection<String> remarks) {
		if ("PR".equals(normalize(group))) {
			return Optional.empty();
		}
		String reason = normalize(carc);
		Need need = REASONS.get(reason);
		if (need != null) {
			return Optional.of(new DocumentHold(need.kind(), need.what(), "CARC " + reason));
		}
		if (!MISSING_INFORMATION.equals(reason)) {
			return Optional.empty();
		}
		return remarks.stream()
			.map(DocumentHolds::normalize)
			.filter(MISSING_INFORMATION_REMARKS::containsKey)
			.sorted()
			.findFirst()
			.map((remark) -> new DocumentHold(MISSING_INFORMATION_REMARKS.get(remark).kind(),
					MISSING_INFORMATION_REMARKS.get(remark).what(), "CARC 16, RARC " + remark));
	}

	/** Whether a reason code can hold a claim at all (with the right remark for 16). */
	public static boolean mayHold(String carc) {
		String reason = normalize(carc);
		return REASONS.containsKey(reason) || MISSING_INFORMATION.equals(reason);
	}

	private static String normalize(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

}
