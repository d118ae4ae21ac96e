package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.dashboards.PortfolioEntry;
import io.ardesk.dashboards.SlaStatus;
import io.ardesk.tenancy.ClientId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Peer ranks appear only within a specialty of at least five clients. */
class PeerRankTest {

	@Test
	void aSpecialtyOfFiveClientsRanksEachByDaysInArWithTheMedian() {
		List<PortfolioEntry> entries = new ArrayList<>();
		// Cardiology: 30, 40, 50, 60, 75 days -> median 50; the 60-day client ranks 4th
		// of 5.
		int i = 0;
		for (String days : List.of("50", "30", "75", "60", "40")) {
			entries.add(entry("cardio-" + i++, "Cardiology", days));
		}
		entries.add(entry("derm-1", "Dermatology", "20"));
		List<PortfolioEntry> ranked = PortfolioService.withPeers(entries);
		PortfolioEntry sixty = ranked.get(3);
		assertThat(sixty.peers()).isNotNull();
		assertThat(sixty.peers().rank()).isEqualTo(4);
		assertThat(sixty.peers().of()).isEqualTo(5);
		assertThat(sixty.peers().medianDaysInAr()).isEqualByComparingTo("50");
		assertThat(ranked.get(1).peers().rank()).isEqualTo(1);
		assertThat(ranked.get(5).peers()).as("a lone dermatology client has no peers").isNull();
	}

	@Test
	void fourClientsOfASpecialtyAreTooFewToRank() {
		List<PortfolioEntry> entries = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			entries.add(entry("ortho-" + i, "Orthopedics", String.valueOf(30 + i)));
		}
		assertThat(PortfolioService.withPeers(entries)).allSatisfy((e) -> assertThat(e.peers()).isNull());
	}

	private static PortfolioEntry entry(String id, String specialty, String daysInAr) {
		return new PortfolioEntry(ClientId.of(id), id, specialty, 0, SlaStatus.GREEN, new BigDecimal(daysInAr),
				BigDecimal.TEN, null, 0, 0, 0, BigDecimal.ZERO, null, Instant.EPOCH);
	}

}
