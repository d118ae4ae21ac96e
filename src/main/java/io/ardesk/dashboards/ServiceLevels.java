package io.ardesk.dashboards;

import java.time.Instant;
import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * The SLA panel: a client's service levels today against its targets in
 * {@code tenant-config/}. Checks that the caller may read the client.
 */
public interface ServiceLevels {

	SlaPanel panel(ClientId client);

	/** The measures in {@link SlaMeasureKind} order, and when they were computed. */
	record SlaPanel(ClientId client, Instant computedAt, List<SlaMeasure> measures) {

		/** The number of RED measures. */
		public long reds() {
			return this.measures.stream().filter((m) -> m.status() == SlaStatus.RED).count();
		}

	}

}
