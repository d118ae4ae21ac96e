package io.ardesk.demodata.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.ardesk.demodata.PayerType;
import io.ardesk.demodata.PracticeProfile;
import io.ardesk.demodata.PracticeProfile.Procedure;

/** Builds one primary claim from the practice's service mix and patient panel. */
final class ClaimFactory {

	/**
	 * Above this charge (in cents) payers want authorisations and scrutinise necessity.
	 */
	static final long HIGH_DOLLAR = 100_000;

	private final PracticeProfile profile;

	private final PatientRoster roster;

	private final String claimPrefix;

	private final List<Procedure> mains;

	private final List<Procedure> addOns;

	private final int mainWeight;

	ClaimFactory(PracticeProfile profile, PatientRoster roster, String claimPrefix) {
		this.profile = profile;
		this.roster = roster;
		this.claimPrefix = claimPrefix;
		this.mains = profile.procedures().stream().filter((procedure) -> !procedure.addOn()).toList();
		this.addOns = profile.procedures().stream().filter(Procedure::addOn).toList();
		this.mainWeight = this.mains.stream().mapToInt(Procedure::weight).sum();
	}

	Claim create(long index, LocalDate serviceDate, LocalDate submissionDate, SplittableRandom random) {
		String claimNumber = "%s-%06d".formatted(this.claimPrefix, index + 1);
		Patient patient = this.roster.patient(random.nextInt(this.roster.size()));
		Procedure main = pickMain(random);
		List<Procedure> services = new ArrayList<>();
		services.add(main);
		// surgery is billed under a global package, so no ancillaries on the same claim
		if ("11".equals(main.placeOfService())) {
			for (Procedure addOn : this.addOns) {
				if (random.nextInt(100) < addOn.weight()) {
					services.add(addOn);
				}
			}
		}
		List<ClaimLine> lines = new ArrayList<>();
		String control = claimNumber.replace("-", "");
		for (Procedure service : services) {
			int units = service.code().startsWith("J") ? 4 : 1;
			String modifier = service.code().startsWith("73") ? "RT" : null;
			lines.add(new ClaimLine(lines.size() + 1, service.code(), modifier, units,
					Cents.of(service.charge()) * units, control + "L" + (lines.size() + 1), service.addOn()));
		}
		long charge = lines.stream().mapToLong(ClaimLine::charge).sum();
		String authorization = (charge >= HIGH_DOLLAR && SeedStreams.chance(random, 0.85))
				? "AUTH" + SeedStreams.between(random, 1000000, 9999999) : null;
		LocalDate injury = (patient.primary().type() == PayerType.WORKERS_COMP)
				? serviceDate.minusDays(SeedStreams.between(random, 5, 240)) : null;
		return new Claim(claimNumber, patient, patient.primary(), patient.memberId(), 'P',
				pick(random, this.profile.renderingNpis()), pick(random, this.profile.locations()),
				main.placeOfService(), serviceDate, submissionDate, diagnoses(random), lines, authorization, injury,
				null);
	}

	private Procedure pickMain(SplittableRandom random) {
		int ticket = random.nextInt(this.mainWeight);
		for (Procedure procedure : this.mains) {
			ticket -= procedure.weight();
			if (ticket < 0) {
				return procedure;
			}
		}
		return this.mains.getLast();
	}

	// the first codes are the practice's bread and butter, so favour them as the primary
	private List<String> diagnoses(SplittableRandom random) {
		List<String> codes = this.profile.diagnosisCodes();
		List<String> chosen = new ArrayList<>();
		int count = SeedStreams.between(random, 1, Math.min(3, codes.size()));
		while (chosen.size() < count) {
			int bound = Math.min(codes.size(), 3 + chosen.size() * 3);
			String code = codes.get(Math.min(random.nextInt(bound), random.nextInt(codes.size())));
			if (!chosen.contains(code)) {
				chosen.add(code);
			}
		}
		return chosen;
	}

	private static String pick(SplittableRandom random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

}
