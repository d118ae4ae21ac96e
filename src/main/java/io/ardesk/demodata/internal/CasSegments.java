package io.ardesk.demodata.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes adjustments as CAS segments: one per group code, up to six triplets each. */
final class CasSegments {

	private CasSegments() {
	}

	static void write(SegmentWriter x12, List<Cas> adjustments) {
		// insertion-ordered, so the output does not depend on hashing
		Map<String, List<Cas>> byGroup = new LinkedHashMap<>();
		for (Cas cas : adjustments) {
			byGroup.computeIfAbsent(cas.group(), (group) -> new ArrayList<>()).add(cas);
		}
		for (Map.Entry<String, List<Cas>> group : byGroup.entrySet()) {
			List<Cas> all = group.getValue();
			for (int start = 0; start < all.size(); start += 6) {
				List<String> elements = new ArrayList<>();
				elements.add(group.getKey());
				for (Cas cas : all.subList(start, Math.min(all.size(), start + 6))) {
					if (elements.size() > 1) {
						elements.add("");
					}
					elements.add(cas.reason());
					elements.add(Cents.format(cas.amount()));
				}
				x12.segment("CAS", elements.toArray(String[]::new));
			}
		}
	}

}
