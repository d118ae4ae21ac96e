package io.ardesk.demodata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the files of a history say, recomputed from the parsed X12 alone (as ARdesk would
 * see them): claims, their answers, denials and the aging of open claims.
 */
record AnalyzedHistory(PracticeProfile profile, ArHistory history, List<ParsedInterchange> parsed,
		Map<String, LocalDate> primaryClaims, int secondaryClaims, Set<String> deniedClaims,
		Map<String, Integer> statusCounts, int providerAdjustments, Set<String> plbReasons, int[] openByBucket) {

	static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "91-120", "120+");

	private static final Set<String> PAID_STATUSES = Set.of("1", "2", "3", "19");

	private static final Set<String> ROUTINE_CO = Set.of("45", "253");

	static AnalyzedHistory of(PracticeProfile profile, ArHistory history, LocalDate asOf) {
		Map<String, LocalDate> primaryClaims = new TreeMap<>();
		Set<String> answered = new TreeSet<>();
		Set<String> denied = new TreeSet<>();
		Map<String, Integer> statusCounts = new TreeMap<>();
		Set<String> plbReasons = new TreeSet<>();
		int secondaryClaims = 0;
		int plbs = 0;
		List<ParsedInterchange> parsed = new ArrayList<>();
		for (GeneratedFile file : history.files()) {
			ParsedInterchange interchange = ParsedInterchange.parse(file.content());
			parsed.add(interchange);
			String sequence = "";
			String claim = null;
			for (List<String> segment : interchange.segments()) {
				switch (segment.getFirst()) {
					case "SBR" -> sequence = segment.get(1);
					case "CLM" -> {
						claim = segment.get(1);
						if (sequence.equals("S")) {
							secondaryClaims++;
						}
					}
					case "DTP" -> {
						if (segment.get(1).equals("472") && sequence.equals("P")) {
							primaryClaims.putIfAbsent(claim,
									LocalDate.parse(segment.get(3), DateTimeFormatter.BASIC_ISO_DATE));
						}
					}
					case "CLP" -> {
						claim = segment.get(1);
						statusCounts.merge(segment.get(2), 1, Integer::sum);
						if (PAID_STATUSES.contains(segment.get(2))) {
							answered.add(claim);
						}
						if (segment.get(2).equals("4")) {
							denied.add(claim);
						}
					}
					case "CAS" -> {
						if (file.kind() == FileKind.REMITTANCE_835 && segment.get(1).equals("CO")) {
							for (int reason = 2; reason < segment.size(); reason += 3) {
								if (!ROUTINE_CO.contains(segment.get(reason))) {
									denied.add(claim);
								}
							}
						}
					}
					case "PLB" -> {
						plbs++;
						for (int adjustment = 3; adjustment < segment.size(); adjustment += 2) {
							plbReasons.add(segment.get(adjustment).split(":")[0]);
						}
					}
					default -> {
					}
				}
			}
		}
		int[] buckets = new int[5];
		primaryClaims.forEach((number, serviceDate) -> {
			if (!answered.contains(number)) {
				long age = ChronoUnit.DAYS.between(serviceDate, asOf);
				buckets[(age <= 30) ? 0 : (age <= 60) ? 1 : (age <= 90) ? 2 : (age <= 120) ? 3 : 4]++;
			}
		});
		return new AnalyzedHistory(profile, history, parsed, primaryClaims, secondaryClaims, denied, statusCounts, plbs,
				plbReasons, buckets);
	}

	double denialShare() {
		return (double) this.deniedClaims.size() / this.primaryClaims.size();
	}

	int status(String code) {
		return this.statusCounts.getOrDefault(code, 0);
	}

	/** Counts only: no patient data is ever printed. */
	String summary() {
		StringBuilder text = new StringBuilder();
		text.append(this.profile.specialty())
			.append(": files=")
			.append(this.history.files().size())
			.append(" (837P=")
			.append(this.history.files(FileKind.CLAIMS_837P).size())
			.append(", 835=")
			.append(this.history.files(FileKind.REMITTANCE_835).size())
			.append("), primary claims=")
			.append(this.primaryClaims.size())
			.append(", secondary 837 claims=")
			.append(this.secondaryClaims)
			.append(", denied=")
			.append(this.deniedClaims.size())
			.append(" (%.1f%%)".formatted(100 * denialShare()))
			.append(", CLP02 counts=")
			.append(this.statusCounts)
			.append(", PLB segments=")
			.append(this.providerAdjustments)
			.append(' ')
			.append(this.plbReasons)
			.append(", open claims by age:");
		for (int i = 0; i < BUCKETS.size(); i++) {
			text.append(' ').append(BUCKETS.get(i)).append('=').append(this.openByBucket[i]);
		}
		return text.toString();
	}

}
