package io.ardesk.dashboards.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.dashboards.Portfolio;
import io.ardesk.dashboards.PortfolioEntry;
import io.ardesk.dashboards.PortfolioTable;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The firm portfolio over REST: every client the caller may see, riskiest first. The
 * totals are in {@code GET /api/v1/portfolio/totals}.
 */
@RestController
class PortfolioApi {

	private final Portfolio portfolio;

	PortfolioApi(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@GetMapping("/api/v1/portfolio")
	List<Map<String, Object>> portfolio() {
		return this.portfolio.ranked().clients().stream().map(PortfolioApi::entry).toList();
	}

	/** The portfolio as a file, riskiest first, totals last. */
	@GetMapping({ "/api/v1/portfolio.csv", "/api/v1/portfolio.xlsx" })
	void portfolioFile(HttpServletRequest request, HttpServletResponse response) {
		Portfolio.Ranked ranked = this.portfolio.ranked();
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()), "portfolio", "Portfolio",
				PortfolioTable.HEADER, (writer) -> PortfolioTable.write(ranked, writer));
	}

	@GetMapping("/api/v1/portfolio/totals")
	Portfolio.Totals totals() {
		return this.portfolio.ranked().totals();
	}

	private static Map<String, Object> entry(PortfolioEntry entry) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", entry.clientId().value());
		body.put("name", entry.name());
		body.put("specialty", entry.specialty());
		body.put("risk", entry.risk());
		body.put("status", entry.status().name());
		body.put("daysInAr", entry.daysInAr());
		body.put("arOver90Percent", entry.arOver90Percent());
		body.put("arOver90Change", entry.arOver90Change());
		body.put("slaReds", entry.slaReds());
		body.put("deadlinesAtRisk", entry.deadlinesAtRisk());
		body.put("openEscalations", entry.openEscalations());
		body.put("totalAr", entry.totalAr());
		if (entry.peers() != null) {
			body.put("peerRank", Map.of("rank", entry.peers().rank(), "of", entry.peers().of(), "medianDaysInAr",
					entry.peers().medianDaysInAr()));
		}
		body.put("computedAt", entry.computedAt().toString());
		return body;
	}

}
