package io.ardesk.escalation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.ardesk.dashboards.EscalationTimes;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.FirmProfile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation figures of the client's SLA panel: median business time to acknowledge
 * and to resolve (counted in the firm's business hours, days and holidays, as the
 * deadlines are), escalations still waiting counted with the time they have waited so
 * far, and the escalations open now.
 */
@Service
class EscalationTimesService implements EscalationTimes {

	private final JdbcClient jdbc;

	private final ClientDirectory directory;

	private final Clock clock;

	EscalationTimesService(JdbcClient jdbc, ClientDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<BigDecimal> medianAcknowledgeHours(ClientId client, LocalDate from, LocalDate to) {
		List<Long> minutes = businessMinutes("acknowledged_at", "raised_at", from, to);
		return median(minutes).map((median) -> median.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<BigDecimal> medianResolveDays(ClientId client, LocalDate from, LocalDate to) {
		long perDay = Math.max(1, BusinessTime.minutesPerDay(this.directory.firm()));
		List<Long> minutes = businessMinutes("resolved_at", "resolved_at", from, to);
		return median(minutes).map((median) -> median.divide(BigDecimal.valueOf(perDay), 1, RoundingMode.HALF_UP));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public long openEscalations(ClientId client) {
		return this.jdbc.sql("select count(*) from escalation where status <> 'RESOLVED'").query(Long.class).single();
	}

	/**
	 * Business minutes from raising to {@code doneColumn} of the escalations whose
	 * {@code periodColumn} falls in the period (firm time zone).
	 */
	private List<Long> businessMinutes(String doneColumn, String periodColumn, LocalDate from, LocalDate to) {
		FirmProfile firm = this.directory.firm();
		Instant start = from.atStartOfDay(firm.timeZone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(firm.timeZone()).toInstant();
		List<Long> minutes = new ArrayList<>(this.jdbc
			.sql("select raised_at, " + doneColumn + " from escalation where " + doneColumn + " is not null and "
					+ periodColumn + " >= :start and " + periodColumn + " < :end")
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query((rs, n) -> BusinessTime.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
					firm))
			.list());
		// Escalations still waiting count with the time they have waited so far (up to
		// the
		// period's end): an escalation nobody acknowledged must not leave the measure
		// green or unmeasured.
		Instant now = this.clock.instant();
		Instant until = now.isBefore(end) ? now : end;
		minutes.addAll(this.jdbc
			.sql("select raised_at from escalation where " + doneColumn + " is null and status <> 'RESOLVED' and "
					+ "raised_at < :until and raised_at >= :start")
			.param("until", Timestamp.from(until))
			.param("start", Timestamp.from(start))
			.query((rs, n) -> BusinessTime.between(rs.getTimestamp(1).toInstant(), until, firm))
			.list());
		return minutes;
	}

	private static Optional<BigDecimal> median(List<Long> values) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = (sorted.size() % 2 == 1) ? BigDecimal.valueOf(sorted.get(middle))
				: BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2));
		return Optional.of(median);
	}

}
