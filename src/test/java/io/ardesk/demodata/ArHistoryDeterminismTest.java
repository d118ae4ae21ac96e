package io.ardesk.demodata;

import java.time.LocalDate;
import java.util.Iterator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArHistoryDeterminismTest {

	private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

	private final ArHistoryGenerator generator = new ArHistoryGenerator();

	@Test
	void sameSeedGivesIdenticalBytes() {
		PracticeProfile profile = PracticeProfile.familyMedicine("client-a");
		ArHistory first = this.generator.generate(profile, AS_OF, 12, 7L);
		ArHistory second = this.generator.generate(profile, AS_OF, 12, 7L);
		assertThat(first.files()).isNotEmpty();
		assertThat(second.files()).hasSameSizeAs(first.files());
		for (int i = 0; i < first.files().size(); i++) {
			assertThat(second.files().get(i).name()).isEqualTo(first.files().get(i).name());
			assertThat(second.files().get(i).content()).isEqualTo(first.files().get(i).content());
		}
		assertThat(second).isEqualTo(first);
	}

	@Test
	void differentSeedGivesDifferentFiles() {
		PracticeProfile profile = PracticeProfile.familyMedicine("client-a");
		ArHistory first = this.generator.generate(profile, AS_OF, 12, 7L);
		ArHistory other = this.generator.generate(profile, AS_OF, 12, 8L);
		assertThat(other).isNotEqualTo(first);
		assertThat(other.files().getFirst().content()).isNotEqualTo(first.files().getFirst().content());
	}

	@Test
	void largeBatchesAreDeterministicToo() {
		PracticeProfile profile = PracticeProfile.orthopedics("client-b");
		Iterator<GeneratedFile> first = this.generator.generateLarge(profile, AS_OF, 3_000, 1_000, 99L);
		Iterator<GeneratedFile> second = this.generator.generateLarge(profile, AS_OF, 3_000, 1_000, 99L);
		while (first.hasNext()) {
			assertThat(second.next()).isEqualTo(first.next());
		}
		assertThat(second.hasNext()).isFalse();
		assertThat(this.generator.claimFile(profile, AS_OF, 500, 1L))
			.isNotEqualTo(this.generator.claimFile(profile, AS_OF, 500, 2L));
	}

}
