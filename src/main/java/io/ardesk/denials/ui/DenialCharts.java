package io.ardesk.denials.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.ardesk.codes.DenialCategory;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;

/** ECharts options for the Denials page, built from denial figures. */
final class DenialCharts {

	private DenialCharts() {
	}

	/**
	 * Denied dollars per period, one stacked series per value of {@code series} (category
	 * labels for categories).
	 */
	static Map<String, Object> overTime(List<DenialFigure> figures, DenialDimension period, DenialDimension series,
			String title) {
		TreeSet<String> periods = new TreeSet<>();
		Map<String, Map<String, BigDecimal>> bySeries = new LinkedHashMap<>();
		for (DenialFigure figure : figures) {
			String when = figure.key(period);
			String name = name(series, figure.key(series));
			periods.add(when);
			bySeries.computeIfAbsent(name, (k) -> new LinkedHashMap<>()).merge(when, figure.amount(), BigDecimal::add);
		}
		List<Object> seriesList = new ArrayList<>();
		bySeries.forEach((name, values) -> {
			List<Object> data = new ArrayList<>();
			for (String when : periods) {
				data.add(values.getOrDefault(when, BigDecimal.ZERO));
			}
			seriesList.add(Map.of("name", name, "type", "bar", "stack", "total", "data", data));
		});
		return Map.of("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)), "tooltip",
				Map.of("trigger", "item"), "legend", Map.of("type", "scroll", "bottom", 0), "grid",
				Map.of("left", 70, "right", 20, "top", 40, "bottom", 60), "xAxis",
				Map.of("type", "category", "data", List.copyOf(periods)), "yAxis", Map.of("type", "value"), "series",
				seriesList);
	}

	static String name(DenialDimension dimension, String value) {
		return (dimension == DenialDimension.CATEGORY) ? DenialCategory.valueOf(value).label() : value;
	}

	static DenialCategory categoryOf(String label) {
		for (DenialCategory category : DenialCategory.values()) {
			if (category.label().equals(label)) {
				return category;
			}
		}
		return DenialCategory.OTHER;
	}

}
