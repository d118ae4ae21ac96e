package io.ardesk.dashboards.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.aging.AgingBucket;
import io.ardesk.dashboards.RecoveryWeek;
import io.ardesk.shared.ui.Formats;

/** The ECharts options of the cash-recovery dashboard, built from its weeks. */
final class RecoveryCharts {

	private RecoveryCharts() {
	}

	static Map<String, Object> collectionsByPayer(List<RecoveryWeek> weeks) {
		Set<String> payers = new LinkedHashSet<>();
		weeks.forEach((week) -> payers.addAll(week.collectedByPayer().keySet()));
		List<Object> series = new ArrayList<>();
		for (String payer : payers) {
			series.add(bar(payer,
					weeks.stream().map((week) -> week.collectedByPayer().getOrDefault(payer, BigDecimal.ZERO)).toList(),
					"collected"));
		}
		return chart("Collections per week by payer", weeks, series);
	}

	static Map<String, Object> recoveredByBucket(List<RecoveryWeek> weeks) {
		List<Object> series = new ArrayList<>();
		for (AgingBucket bucket : AgingBucket.values()) {
			series.add(bar(bucket.label(),
					weeks.stream()
						.map((week) -> week.recoveredByBucket().getOrDefault(bucket, BigDecimal.ZERO))
						.toList(),
					"recovered"));
		}
		series.add(Map.of("name", "Recovered over 90", "type", "line", "data",
				weeks.stream().map(RecoveryWeek::recoveredOver90).toList()));
		return chart("Cash recovered per week by bucket when paid", weeks, series);
	}

	static Map<String, Object> agingDistribution(List<RecoveryWeek> weeks) {
		List<Object> series = new ArrayList<>();
		for (AgingBucket bucket : AgingBucket.values()) {
			series.add(bar(bucket.label(),
					weeks.stream().map((week) -> week.aging().getOrDefault(bucket, BigDecimal.ZERO)).toList(),
					"aging"));
		}
		return chart("A/R by age at each week's end", weeks, series);
	}

	static Map<String, Object> rolls(List<RecoveryWeek> weeks) {
		List<Object> series = new ArrayList<>();
		for (AgingBucket bucket : List.of(AgingBucket.B0_30, AgingBucket.B31_60, AgingBucket.B61_90,
				AgingBucket.B91_120)) {
			Map<String, Object> line = new java.util.LinkedHashMap<>();
			line.put("name", bucket.label() + " rolled on");
			line.put("type", "bar");
			line.put("data",
					weeks.stream().map((week) -> week.rolledFrom().getOrDefault(bucket, BigDecimal.ZERO)).toList());
			if (bucket == AgingBucket.B61_90) {
				line.put("itemStyle", Map.of("color", "#d32f2f"));
			}
			series.add(line);
		}
		return chart("A/R that rolled into the next bucket, week over week (61-90 → 91+ in red)", weeks, series);
	}

	private static Map<String, Object> bar(String name, List<BigDecimal> data, String stack) {
		return Map.of("name", name, "type", "bar", "stack", stack, "data", data);
	}

	private static Map<String, Object> chart(String title, List<RecoveryWeek> weeks, List<Object> series) {
		return Map.of("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)), "tooltip",
				Map.of("trigger", "axis"), "legend", Map.of("top", 24, "type", "scroll"), "grid",
				Map.of("top", 64, "left", 70, "right", 20, "bottom", 30), "xAxis",
				Map.of("type", "category", "data",
						weeks.stream().map((week) -> Formats.date(week.weekEnd()).substring(0, 5)).toList()),
				"yAxis", Map.of("type", "value"), "series", series);
	}

}
