package io.ardesk.aging.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingLine;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingRow;
import io.ardesk.aging.BucketFigure;
import io.ardesk.aging.BucketShare;
import io.ardesk.aging.AgingTotals;
import io.ardesk.claims.ResponsibleParty;
import org.jspecify.annotations.Nullable;

/**
 * An aging report laid out as one rectangular table, the shape spreadsheet users filter
 * and pivot: a row per group and party (insurance rows first), then the totals.
 */
record AgingTable(List<String> header, List<Line> lines) {

	/**
	 * @param amounts one per bucket, then the total; {@code null} where a line has no
	 * figure (a credit balance has no bucket)
	 */
	record Line(String group, String owedBy, List<@Nullable BigDecimal> amounts, boolean total) {
	}

	static AgingTable of(AgingReport report) {
		List<String> header = new ArrayList<>(List.of(report.grouping().label(), "Owed by"));
		for (AgingBucket bucket : AgingBucket.values()) {
			header.add(bucket.label());
		}
		header.add("Total");
		List<Line> lines = new ArrayList<>();
		for (ResponsibleParty party : ResponsibleParty.values()) {
			for (AgingRow row : report.rows()) {
				AgingLine line = row.owedBy(party);
				if (!line.isEmpty()) {
					lines.add(new Line(row.group(), label(party), amounts(line), false));
				}
			}
		}
		for (ResponsibleParty party : ResponsibleParty.values()) {
			lines.add(new Line("Total", label(party), amounts(report.owedBy(party)), true));
		}
		// Money owed back is never netted against what is owed: a line of its own.
		for (ResponsibleParty party : ResponsibleParty.values()) {
			BucketFigure credit = report.credits().owedTo(party);
			List<@Nullable BigDecimal> amounts = new ArrayList<>();
			for (int i = 0; i < AgingBucket.values().length; i++) {
				amounts.add(null);
			}
			amounts.add(credit.amount());
			lines.add(new Line("Credit balances owed back (" + credit.claims() + " claims)", label(party), amounts,
					true));
		}
		return new AgingTable(header, lines);
	}

	private static List<@Nullable BigDecimal> amounts(AgingLine line) {
		List<@Nullable BigDecimal> amounts = new ArrayList<>();
		for (AgingBucket bucket : AgingBucket.values()) {
			amounts.add(line.amount(bucket));
		}
		amounts.add(line.total().amount());
		return amounts;
	}

	private static List<@Nullable BigDecimal> amounts(AgingTotals totals) {
		List<@Nullable BigDecimal> amounts = new ArrayList<>(
				totals.buckets().stream().map(BucketShare::amount).toList());
		amounts.add(totals.total());
		return amounts;
	}

	private static String label(ResponsibleParty party) {
		return (party == ResponsibleParty.INSURANCE) ? "Insurance" : "Patient";
	}

}
