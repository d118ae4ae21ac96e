package io.ardesk.demodata;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The three preset histories, generated and parsed once per test JVM because several test
 * classes inspect them.
 */
final class GeneratedHistories {

	static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	static final long SEED = 20250630L;

	private static final Map<String, AnalyzedHistory> CACHE = new ConcurrentHashMap<>();

	private GeneratedHistories() {
	}

	static AnalyzedHistory familyMedicine() {
		return of("family", (key) -> PracticeProfile.familyMedicine("client-fm"));
	}

	static AnalyzedHistory orthopedics() {
		return of("ortho", (key) -> PracticeProfile.orthopedics("client-ortho"));
	}

	static AnalyzedHistory cardiology() {
		return of("cardio", (key) -> PracticeProfile.cardiology("client-cardio"));
	}

	private static AnalyzedHistory of(String key, Function<String, PracticeProfile> profile) {
		return CACHE.computeIfAbsent(key, (name) -> {
			PracticeProfile practice = profile.apply(name);
			ArHistory history = new ArHistoryGenerator().generate(practice, AS_OF, 12, SEED);
			return AnalyzedHistory.of(practice, history, AS_OF);
		});
	}

}
