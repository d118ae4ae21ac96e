package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import org.jspecify.annotations.Nullable;

/**
 * A client's KPIs as a table, one row per KPI: its value, the basis it was computed from,
 * its formula and the benchmark with its source. Percentages are 0-100, days and money
 * two decimals.
 */
public interface KpiTable {

	List<String> HEADER = List.of("KPI", "Value", "Unit", "Basis", "Formula", "Benchmark", "Source", "From", "To");

	static void write(KpiReport report, TableWriter writer) {
		KpiReport.KpiFigures f = report.figures();
		KpiBasis b = report.basis();
		String ar = "A/R owed " + plain(b.totalAr());
		String adjusted = "(charges " + plain(b.charges()) + " − contractual " + plain(b.contractual()) + ") ÷ "
				+ b.days() + " days";
		String adjudicated = b.claimsFirstAdjudicated() + " claims first adjudicated";
		String period = "payments dated in the period";
		row(writer, report, Kpi.DAYS_IN_AR, f.daysInAr(), "days", ar + " ÷ (" + adjusted + ")");
		row(writer, report, Kpi.DAYS_IN_AR_GROSS, f.daysInArGross(), "days",
				ar + " ÷ (charges " + plain(b.charges()) + " ÷ " + b.days() + " days)");
		row(writer, report, Kpi.AR_OVER_90_PERCENT, f.arOver90Percent(), "%",
				"over 90 days " + plain(b.arOver90()) + " ÷ " + ar);
		row(writer, report, Kpi.AR_OVER_120_PERCENT, f.arOver120Percent(), "%",
				"over 120 days " + plain(b.arOver120()) + " ÷ " + ar);
		row(writer, report, Kpi.INITIAL_DENIAL_RATE, f.initialDenialRate(), "%",
				b.claimsDenied() + " denied ÷ " + adjudicated);
		row(writer, report, Kpi.INITIAL_DENIAL_RATE_DOLLARS, f.initialDenialRateDollars(), "%",
				"charges of the " + b.claimsDenied() + " denied ÷ charges of the " + adjudicated);
		row(writer, report, Kpi.CLEAN_CLAIM_RATE, f.cleanClaimRate(), "%", b.claimsClean() + " clean ÷ " + adjudicated);
		row(writer, report, Kpi.NET_COLLECTION_RATE, f.netCollectionRate(), "%", "cash collected "
				+ plain(f.cashCollected()) + " ÷ " + adjusted.replace(" ÷ " + b.days() + " days", ""));
		row(writer, report, Kpi.CASH_COLLECTED, f.cashCollected(), "USD", period);
		row(writer, report, Kpi.CASH_RECOVERED, f.cashRecovered(), "USD", period + " on worked claims");
		row(writer, report, Kpi.CASH_RECOVERED_OVER_90, f.cashRecoveredOver90(), "USD",
				period + " on worked claims over 90 days old");
		ChargeLag lag = report.chargeLag();
		row(writer, report, Kpi.CHARGE_LAG, lag.median(), "days (median)",
				lag.claims() + " claims sent; 90th percentile " + ((lag.p90() != null) ? plain(lag.p90()) : "–"));
	}

	private static void row(TableWriter writer, KpiReport report, Kpi kpi, @Nullable BigDecimal value, String unit,
			String basis) {
		List<@Nullable Object> cells = new ArrayList<>();
		cells.add(kpi.label());
		cells.add(value);
		cells.add(unit);
		cells.add(basis);
		cells.add(kpi.formula());
		cells.add(kpi.benchmark());
		cells.add(kpi.source());
		cells.add(report.from());
		cells.add(report.to());
		writer.row(cells);
	}

	private static String plain(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
