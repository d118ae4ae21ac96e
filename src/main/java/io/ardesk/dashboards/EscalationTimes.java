package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import io.ardesk.tenancy.ClientId;

/**
 * Extension point for the escalations module (issue 10, not yet merged here): the median
 * times of the client's escalations. Without a bean of this type the SLA panel shows the
 * escalation measures as {@link SlaStatus#NOT_MEASURED} and the portfolio counts no open
 * escalations.
 */
public interface EscalationTimes {

	/**
	 * Median business hours to acknowledge escalations raised in the period, those not
	 * yet acknowledged counted with the hours they have waited so far.
	 */
	Optional<BigDecimal> medianAcknowledgeHours(ClientId client, LocalDate from, LocalDate to);

	/**
	 * Median business days to resolve escalations resolved in the period, and those
	 * raised in it and still open with the days they have waited so far.
	 */
	Optional<BigDecimal> medianResolveDays(ClientId client, LocalDate from, LocalDate to);

	/** Escalations open now. */
	long openEscalations(ClientId client);

}
