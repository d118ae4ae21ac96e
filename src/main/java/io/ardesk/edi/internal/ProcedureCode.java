package io.ardesk.edi.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A composite procedure identifier (SVC01, SV101, SV202, SVD03): qualifier, code and up
 * to four modifiers.
 */
record ProcedureCode(String qualifier, String code, List<String> modifiers) {

	private static final int FIRST_MODIFIER = 3;

	private static final int LAST_MODIFIER = 6;

	static ProcedureCode of(Segment segment, int element) {
		List<String> modifiers = new ArrayList<>();
		for (int index = FIRST_MODIFIER; index <= LAST_MODIFIER; index++) {
			String modifier = segment.component(element, index).strip();
			if (!modifier.isEmpty()) {
				modifiers.add(modifier);
			}
		}
		return new ProcedureCode(segment.component(element, 1).strip(), segment.component(element, 2).strip(),
				List.copyOf(modifiers));
	}

}
