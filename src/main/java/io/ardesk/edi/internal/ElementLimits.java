package io.ardesk.edi.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;

/**
 * The maximum lengths the X12 5010 guides (835 X221A1, 837P X222A1, 837I X223A2) set for
 * the elements ARdesk keeps. The ledger's columns are at least this wide, so a file that
 * keeps to the standard always posts, and a value longer than the standard is refused
 * here naming its segment and position, never by the database. A NUL character, which
 * PostgreSQL cannot store, is refused in any element.
 */
final class ElementLimits {

	/**
	 * Segment id and element number ({@code CLP01}), or with the component
	 * ({@code SVC01-2}).
	 */
	private static final Map<String, Limit> LIMITS = new HashMap<>();

	static {
		// 835: claim payment, adjustments, remarks, service payment, trace, payment, PLB
		limit("CLP", 1, 38, "patient control number");
		limit("CLP", 2, 2, "claim status");
		limit("CLP", 6, 2, "claim filing indicator");
		limit("CLP", 7, 50, "payer claim control number");
		limit("CLP", 8, 2, "facility code");
		limit("CAS", 1, 2, "adjustment group code");
		for (int reason = 2; reason <= 17; reason += 3) {
			limit("CAS", reason, 5, "adjustment reason code");
		}
		limit("LQ", 2, 30, "remark code");
		for (int remark : new int[] { 3, 4, 5, 6, 7 }) {
			limit("MOA", remark, 30, "remark code");
		}
		for (int remark : new int[] { 5, 20, 21, 22, 23, 24 }) {
			limit("MIA", remark, 30, "remark code");
		}
		procedure("SVC", 1);
		limit("SVC", 4, 48, "revenue code");
		limit("TRN", 2, 50, "trace number");
		limit("TRN", 3, 10, "originating company identifier");
		limit("BPR", 4, 3, "payment method");
		limit("PLB", 1, 50, "provider identifier");
		for (int adjustment = 3; adjustment <= 13; adjustment += 2) {
			limit("PLB", adjustment, 1, 2, "provider adjustment reason code");
			limit("PLB", adjustment, 2, 50, "provider adjustment reference");
		}
		// names and identifiers of payers, payees, patients, providers
		limit("N1", 2, 60, "name");
		limit("N1", 4, 80, "identification code");
		limit("NM1", 3, 60, "last or organization name");
		limit("NM1", 4, 35, "first name");
		limit("NM1", 9, 80, "identification code");
		limit("REF", 2, 50, "reference identification");
		// 837: claim, subscriber, service lines
		limit("CLM", 1, 38, "claim number");
		limit("CLM", 5, 1, 2, "facility code");
		limit("CLM", 5, 3, 1, "claim frequency code");
		limit("SBR", 1, 1, "payer responsibility sequence");
		limit("SBR", 9, 2, "claim filing indicator");
		limit("LX", 1, 6, "line number");
		procedure("SV1", 1);
		limit("SV2", 1, 48, "revenue code");
		procedure("SV2", 2);
	}

	private record Limit(int maxLength, String meaning) {
	}

	private ElementLimits() {
	}

	private static void limit(String segment, int element, int maxLength, String meaning) {
		LIMITS.put(segment + String.format("%02d", element), new Limit(maxLength, meaning));
	}

	private static void limit(String segment, int element, int component, int maxLength, String meaning) {
		LIMITS.put(segment + String.format("%02d", element) + "-" + component, new Limit(maxLength, meaning));
	}

	/** A composite procedure: qualifier, code and up to four two-character modifiers. */
	private static void procedure(String segment, int element) {
		limit(segment, element, 1, 2, "procedure code qualifier");
		limit(segment, element, 2, 48, "procedure code");
		for (int modifier = 3; modifier <= 6; modifier++) {
			limit(segment, element, modifier, 2, "procedure modifier");
		}
	}

	/**
	 * The limits by segment id, then element and component (component 0: the whole
	 * element), built once from {@link #LIMITS} so that checking reads arrays instead of
	 * building keys for every element of every segment.
	 */
	private static final Map<String, Limit[][]> BY_SEGMENT = bySegment();

	private static Map<String, Limit[][]> bySegment() {
		Map<String, Limit[][]> result = new HashMap<>();
		LIMITS.forEach((key, limit) -> {
			int dash = key.indexOf('-');
			String head = (dash < 0) ? key : key.substring(0, dash);
			String id = head.substring(0, head.length() - 2);
			int element = Integer.parseInt(head.substring(head.length() - 2));
			int component = (dash < 0) ? 0 : Integer.parseInt(key.substring(dash + 1));
			Limit[][] elements = result.computeIfAbsent(id, (any) -> new Limit[25][]);
			if (elements[element] == null) {
				elements[element] = new Limit[8];
			}
			elements[element][component] = limit;
		});
		return Map.copyOf(result);
	}

	/**
	 * @throws MalformedFileException naming the segment, its position and the element
	 * when a kept element is longer than the standard allows or any element holds a NUL
	 */
	static void check(Segment segment) {
		Limit[][] limits = BY_SEGMENT.get(segment.id());
		for (int element = 1; element <= segment.elements().size(); element++) {
			List<String> components = segment.components(element);
			Limit[] byComponent = (limits != null && element < limits.length) ? limits[element] : null;
			for (int component = 1; component <= components.size(); component++) {
				String value = components.get(component - 1);
				if (value.indexOf('\0') >= 0) {
					throw refused(segment, name(segment, element) + " holds a character that cannot be stored (NUL)");
				}
				if (byComponent == null) {
					continue;
				}
				Limit limit = (component < byComponent.length) ? byComponent[component] : null;
				boolean whole = false;
				if (limit == null && component == 1) {
					limit = byComponent[0];
					whole = true;
				}
				if (limit != null && value.length() > limit.maxLength()) {
					int length = value.strip().length();
					if (length > limit.maxLength()) {
						String where = name(segment, element) + (whole ? "" : "-" + component);
						throw refused(segment, where + " (" + limit.meaning() + ") is " + length
								+ " characters long; the X12 standard allows at most " + limit.maxLength());
					}
				}
			}
		}
	}

	private static String name(Segment segment, int element) {
		return segment.id() + ((element < 10) ? "0" : "") + element;
	}

	private static MalformedFileException refused(Segment segment, String message) {
		return new MalformedFileException(new FileIssue(message, segment.id(), segment.position()));
	}

}
