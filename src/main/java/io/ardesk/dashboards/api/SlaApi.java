package io.ardesk.dashboards.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.dashboards.ServiceLevels;
import io.ardesk.dashboards.SlaMeasure;
import io.ardesk.portal.ApiClientIds;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A client's SLA panel over REST: each measure with target, actual, status and rule. */
@RestController
class SlaApi {

	private final ServiceLevels levels;

	SlaApi(ServiceLevels levels) {
		this.levels = levels;
	}

	@GetMapping("/api/v1/clients/{clientId}/sla")
	List<Map<String, Object>> sla(@PathVariable String clientId) {
		ServiceLevels.SlaPanel panel = this.levels.panel(ApiClientIds.parse(clientId));
		return panel.measures().stream().map((measure) -> measure(measure, panel.computedAt())).toList();
	}

	private static Map<String, Object> measure(SlaMeasure measure, Instant computedAt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("measure", measure.measure().name());
		body.put("label", measure.measure().label());
		body.put("target", measure.target());
		body.put("actual", measure.actual());
		body.put("unit", measure.measure().unit());
		body.put("status", measure.status().name());
		body.put("rule", measure.rule());
		body.put("computedAt", computedAt.toString());
		return body;
	}

}
