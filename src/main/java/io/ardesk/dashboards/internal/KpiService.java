package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.ardesk.dashboards.KpiBasis;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.dashboards.Recovery;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the KPIs of one client from the aggregates of {@link KpiQuery}. */
@Service
class KpiService implements Kpis {

	private final ClientDirectory directory;

	private final KpiQuery query;

	private final Clock clock;

	KpiService(ClientDirectory directory, KpiQuery query, Clock clock) {
		this.directory = directory;
		this.query = query;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	public LocalDate today(ClientId client) {
		return LocalDate.now(this.clock.withZone(profile(client).timeZone()));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public KpiReport kpis(ClientId client, LocalDate from, LocalDate to) {
		ClientProfile profile = profile(client);
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		if (to.isAfter(today)) {
			throw new InvalidInputException("to", "The period ends " + to + ", in the future; the latest is " + today);
		}
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "The period starts " + from + ", after its end " + to);
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > MAX_WINDOW_DAYS) {
			throw new InvalidInputException("from",
					"The period is " + days + " days long; at most " + MAX_WINDOW_DAYS + " days at once");
		}
		KpiQuery.ArAsOf ar = this.query.arAsOf(to, profile.agingBasis());
		BigDecimal charges = this.query.charges(from, to);
		KpiQuery.PostedInPeriod posted = this.query.posted(from, to);
		KpiQuery.FirstAdjudications firsts = this.query.firstAdjudications(from, to);
		List<Recovery> recoveries = this.query.recoveries(from, to, profile.agingBasis());
		BigDecimal netCharges = charges.subtract(posted.contractual());
		BigDecimal recovered = money(
				recoveries.stream().map(Recovery::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
		BigDecimal recoveredOver90 = money(recoveries.stream()
			.filter((r) -> r.bucket().fromDays() > 90)
			.map(Recovery::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		KpiReport.KpiFigures figures = new KpiReport.KpiFigures(Ratios.daysInAr(ar.total(), netCharges, days),
				Ratios.daysInAr(ar.total(), charges, days), Ratios.percent(ar.over90(), ar.total()),
				Ratios.percent(ar.over120(), ar.total()), Ratios.percent(firsts.denied(), firsts.claims()),
				Ratios.percent(firsts.deniedCharges(), firsts.charges()),
				Ratios.percent(firsts.clean(), firsts.claims()), Ratios.percent(posted.payments(), netCharges),
				money(posted.payments()), recovered, recoveredOver90);
		KpiBasis basis = new KpiBasis(money(ar.total()), money(ar.over90()), money(ar.over120()), money(charges),
				money(posted.contractual()), days, firsts.claims(), firsts.denied(), firsts.clean());
		return new KpiReport(client, from, to, to, this.clock.instant(), figures, basis, this.query.chargeLag(from, to),
				recoveries);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
