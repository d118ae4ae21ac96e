package io.ardesk.aging.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingLine;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingRow;
import io.ardesk.aging.BucketShare;
import io.ardesk.aging.AgingTotals;
import io.ardesk.claims.ResponsibleParty;

/**
 * An aging report laid out as one rectangular table, the shape spreadsheet users filter
 * and pivot: a row per group and party (insurance rows first), then the totals.
 */
record AgingTable(List<String> header, List<Line> lines) {

	record Line(String group, String owedBy, List<BigDecimal> amounts, boolean total) {
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
		return new AgingTable(header, lines);
	}

	private static List<BigDecimal> amounts(AgingLine line) {
		List<BigDecimal> amounts = new ArrayList<>();
		for (AgingBucket bucket : AgingBucket.values()) {
			amounts.add(line.amount(bucket));
		}
		amounts.add(line.total().amount());
		return amounts;
	}

	private static List<BigDecimal> amounts(AgingTotals totals) {
		List<BigDecimal> amounts = new ArrayList<>(totals.buckets().stream().map(BucketShare::amount).toList());
		amounts.add(totals.total());
		return amounts;
	}

	private static String label(ResponsibleParty party) {
		return (party == ResponsibleParty.INSURANCE) ? "Insurance" : "Patient";
	}

}
