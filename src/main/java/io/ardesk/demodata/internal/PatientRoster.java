package io.ardesk.demodata.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import io.ardesk.demodata.Payer;
import io.ardesk.demodata.PayerType;
import io.ardesk.demodata.PracticeProfile;
import io.ardesk.demodata.PracticeProfile.PayerShare;

/**
 * The practice's patient panel. Patient {@code n} is always the same person for a seed,
 * so the panel needs no storage; names come from short lists of common names, so no real
 * person is described.
 */
final class PatientRoster {

	private static final List<String> LAST_NAMES = List.of("SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA",
			"MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON",
			"THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ",
			"CLARK", "RAMIREZ", "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES",
			"NGUYEN", "HILL", "FLORES");

	private static final List<String> FEMALE_NAMES = List.of("MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH",
			"BARBARA", "SUSAN", "JESSICA", "SARAH", "KAREN", "LISA", "NANCY", "BETTY", "MARGARET", "SANDRA", "ASHLEY",
			"DOROTHY", "EMILY", "DONNA", "CAROL");

	private static final List<String> MALE_NAMES = List.of("JAMES", "ROBERT", "JOHN", "MICHAEL", "DAVID", "WILLIAM",
			"RICHARD", "JOSEPH", "THOMAS", "CHARLES", "CHRISTOPHER", "DANIEL", "MATTHEW", "ANTHONY", "MARK", "DONALD",
			"STEVEN", "PAUL", "ANDREW", "JOSHUA");

	private static final List<String> STREETS = List.of("OAK ST", "MAPLE AVE", "CEDAR LN", "PINE ST", "ELM ST",
			"WASHINGTON AVE", "LAKE DR", "HILL RD", "PARK AVE", "SUNSET BLVD", "MEADOW LN", "CHURCH ST");

	private static final List<String> CITIES = List.of("SPRINGFIELD", "CHATHAM", "ROCHESTER", "SHERMAN", "PETERSBURG",
			"AUBURN");

	// MBIs never use S, L, O, I, B or Z, so the letters look right to anyone who knows
	// them
	private static final String MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";

	private final long seed;

	private final PracticeProfile profile;

	private final int size;

	private final int totalWeight;

	private final int referenceYear;

	PatientRoster(PracticeProfile profile, long seed, int referenceYear) {
		this.profile = profile;
		this.seed = seed;
		this.referenceYear = referenceYear;
		// a patient is seen about four times a year
		this.size = Math.max(200, profile.claimsPerMonth() * 3);
		this.totalWeight = profile.payerMix().stream().mapToInt(PayerShare::weight).sum();
	}

	int size() {
		return this.size;
	}

	Patient patient(int index) {
		SplittableRandom random = SeedStreams.random(this.seed, SeedStreams.PATIENT, index);
		Payer primary = pickPayer(random);
		boolean senior = primary.type() == PayerType.MEDICARE || primary.type() == PayerType.MEDICARE_ADVANTAGE;
		int age = senior ? SeedStreams.between(random, 65, 91) : (primary.type() == PayerType.WORKERS_COMP)
				? SeedStreams.between(random, 19, 63) : SeedStreams.between(random, 2, 64);
		char gender = random.nextBoolean() ? 'F' : 'M';
		String first = pick(random, (gender == 'F') ? FEMALE_NAMES : MALE_NAMES);
		String last = pick(random, LAST_NAMES);
		LocalDate birth = LocalDate.of(this.referenceYear - age, 1, 1).plusDays(random.nextInt(365));
		String street = SeedStreams.between(random, 100, 9899) + " " + pick(random, STREETS);
		String city = pick(random, CITIES);
		String zip = "627" + SeedStreams.between(random, 10, 99);
		Payer secondary = null;
		String secondaryId = null;
		// about a third of traditional Medicare patients carry a supplement or are dual
		// eligible
		if (primary.type() == PayerType.MEDICARE && SeedStreams.chance(random, 0.35)) {
			secondary = SeedStreams.chance(random, 0.6) ? Payer.PRAIRIE_SUPPLEMENT : Payer.STATE_MEDICAID;
			secondaryId = memberId(secondary, random);
		}
		String group = (primary.type() == PayerType.COMMERCIAL) ? "GRP" + SeedStreams.between(random, 10000, 99999)
				: "";
		return new Patient(last, first, gender, birth, street, city, zip, primary, memberId(primary, random), group,
				secondary, secondaryId);
	}

	private Payer pickPayer(SplittableRandom random) {
		int ticket = random.nextInt(this.totalWeight);
		for (PayerShare share : this.profile.payerMix()) {
			ticket -= share.weight();
			if (ticket < 0) {
				return share.payer();
			}
		}
		return this.profile.payerMix().getLast().payer();
	}

	private static String memberId(Payer payer, SplittableRandom random) {
		return switch (payer.type()) {
			case MEDICARE -> mbi(random);
			case MEDICAID -> String.valueOf(SeedStreams.between(random, 10000000, 99999999))
					+ MBI_LETTERS.charAt(random.nextInt(MBI_LETTERS.length()));
			case WORKERS_COMP -> "WC" + SeedStreams.between(random, 1000000, 9999999);
			default -> payer.payerId().substring(0, 2) + "X" + SeedStreams.between(random, 100000000, 999999999);
		};
	}

	// the Medicare Beneficiary Identifier pattern: C A AN N A AN N A A N N
	private static String mbi(SplittableRandom random) {
		String pattern = "CAMNAMNAANN";
		StringBuilder id = new StringBuilder();
		for (char kind : pattern.toCharArray()) {
			id.append(switch (kind) {
				case 'C' -> (char) ('1' + random.nextInt(9));
				case 'N' -> (char) ('0' + random.nextInt(10));
				case 'A' -> MBI_LETTERS.charAt(random.nextInt(MBI_LETTERS.length()));
				default -> random.nextBoolean() ? (char) ('0' + random.nextInt(10))
						: MBI_LETTERS.charAt(random.nextInt(MBI_LETTERS.length()));
			});
		}
		return id.toString();
	}

	private static String pick(SplittableRandom random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

}
